import type { Pool } from 'pg';
import { organizationInRegion } from '../organization/organization-row';

/** One `link_review` row: a suggestion that a record belongs to the candidate organization. */
export interface LinkReviewRow {
  id: string;
  source: string;
  stream: string;
  record_key: string;
  current_organization_id: string | null;
  candidate_organization_id: string;
  weight: number;
  reasons: unknown;
  status: string;
  created_at: Date;
}

/** Up to `limit` open suggestions after the review `afterId`, in creation (id) order. */
export async function openReviews(
  pool: Pool,
  afterId: string,
  limit: number,
  region: string | undefined,
): Promise<LinkReviewRow[]> {
  const params: unknown[] = [afterId, limit];
  const result = await pool.query<LinkReviewRow>(
    `select r.* from link_review r where r.status = 'open' and r.id > $1
        ${inRegion(region, params)} order by r.id limit $2`,
    params,
  );
  return result.rows;
}

/** How many suggestions still wait for a decision. */
export async function openReviewCount(pool: Pool, region: string | undefined): Promise<number> {
  const params: unknown[] = [];
  const result = await pool.query<{ n: number }>(
    `select count(*)::int as n from link_review r
     where r.status = 'open' ${inRegion(region, params)}`,
    params,
  );
  return result.rows[0].n;
}

/** A suggestion concerns a region when either organization it would join lies in it. */
const inRegion = (region: string | undefined, params: unknown[]) =>
  organizationInRegion('r.current_organization_id, r.candidate_organization_id', region, params);

/** The organizations a suggestion would join (none for an unknown id). */
export async function reviewOrganizationIds(pool: Pool, reviewId: string): Promise<string[]> {
  if (!/^\d{1,18}$/.test(reviewId)) return [];
  const { rows } = await pool.query<{ c: string | null; o: string }>(
    `select current_organization_id::text as c, candidate_organization_id::text as o
       from link_review where id = $1`,
    [reviewId],
  );
  return rows.flatMap((r) => [r.c, r.o].filter((id): id is string => id !== null));
}
