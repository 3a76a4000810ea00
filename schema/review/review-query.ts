import type { Pool } from 'pg';

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
): Promise<LinkReviewRow[]> {
  const result = await pool.query<LinkReviewRow>(
    `select * from link_review where status = 'open' and id > $1 order by id limit $2`,
    [afterId, limit],
  );
  return result.rows;
}

/** How many suggestions still wait for a decision. */
export async function openReviewCount(pool: Pool): Promise<number> {
  const result = await pool.query<{ n: number }>(
    `select count(*)::int as n from link_review where status = 'open'`,
  );
  return result.rows[0].n;
}
