import type { Pool } from 'pg';
import { venueCompliance, type Venue } from '../../src/coverage/venue-compliance';
import { divisionName } from '../../src/reference/divisions';
import { filterSql } from '../coverage/coverage-query';
import { badInput, decodeCursor, encodeCursor } from '../pagination/relay';
import { VENUE_ITEMS, VenueSide, type VenueItemCounts, type VenueNode } from './venue.type';

/** Which bodies a venue question is about. */
export interface VenueQuery {
  /** Null for both rosters. */
  side?: VenueSide | null;
  region?: string | null;
  compliant?: boolean | null;
  includeInactive: boolean;
}

const SIDES = [VenueSide.PARTY, VenueSide.UNION] as const;
const TABLE: Record<VenueSide, string> = {
  [VenueSide.PARTY]: 'party_organization',
  [VenueSide.UNION]: 'trade_union',
};
/** The roster's venue key behind each item (the flag item is `flag` on both rosters). */
const JSON_KEY: Record<(typeof VENUE_ITEMS)[number], string> = {
  place: 'place',
  facilities: 'facilities',
  signage: 'signage',
  flagOrEmblem: 'flag',
  books: 'books',
  rules: 'rules',
};
/** V1 in SQL, as venueCompliance decides it: all six keys exactly `true`. */
const ALL_SIX = JSON.stringify(
  Object.fromEntries(Object.values(JSON_KEY).map((key) => [key, true])),
);
const REPORTED = `jsonb_typeof(b.venue) = 'object'`;

/** One roster as a relation `b` with the common columns, filtered; `extra` adds conditions. */
function branchSql(
  side: VenueSide,
  q: VenueQuery,
  params: unknown[],
  extra: string[] = [],
): string {
  const where = [
    ...filterSql(q.region ? { region: q.region } : undefined, params, false).map((c) => `b.${c}`),
    ...extra,
  ];
  if (!q.includeInactive) where.push('b.active');
  if (q.compliant !== null && q.compliant !== undefined) {
    params.push(ALL_SIX);
    where.push(`${q.compliant ? '' : 'not '}coalesce(b.venue @> $${params.length}::jsonb, false)`);
  }
  return `select b.* from (select '${side}'::text as side, id, record_key, name, form,
                 ${side === VenueSide.PARTY ? 'level' : 'null::text'} as level,
                                  division_code as division, active, venue from ${TABLE[side]}) b
           ${where.length > 0 ? `where ${where.join(' and ')}` : ''}`;
}

function sidesOf(q: VenueQuery): VenueSide[] {
  return q.side ? [q.side] : [...SIDES];
}

export interface VenuePage {
  rows: Array<{ cursor: string; node: VenueNode }>;
  hasNextPage: boolean;
}

/**
 * One page of bodies, keyset-paged on (side, id): Party organizations first, then unions. Each
 * roster is read in id order up to the page size, so a page costs an index range per roster.
 */
export async function venuePage(
  pool: Pool,
  q: VenueQuery,
  limit: number,
  after: string | undefined,
): Promise<VenuePage> {
  const position = decodeCursor('venue', after);
  let from: { side: VenueSide; id: string } | undefined;
  if (position) {
    const [side, id] = position.split(':');
    if (!SIDES.includes(side as VenueSide) || !/^\d{1,18}$/.test(id ?? ''))
      throw badInput('"after" is not a cursor of this list');
    from = { side: side as VenueSide, id };
  }
  const params: unknown[] = [];
  const branches: string[] = [];
  for (const side of sidesOf(q)) {
    if (from && SIDES.indexOf(side) < SIDES.indexOf(from.side)) continue;
    const extra: string[] = [];
    if (from && side === from.side) {
      params.push(from.id);
      extra.push(`b.id > $${params.length}`);
    }
    const branch = branchSql(side, q, params, extra);
    params.push(limit + 1);
    branches.push(`(${branch} order by b.id limit $${params.length})`);
  }
  if (branches.length === 0) return { rows: [], hasNextPage: false };
  params.push(limit + 1);
  const result = await pool.query<VenueRow>(
    `select * from (${branches.join(' union all ')}) v order by v.side, v.id
     limit $${params.length}`,
    params,
  );
  const rows = result.rows.slice(0, limit).map((row) => ({
    cursor: encodeCursor('venue', `${row.side}:${row.id}`),
    node: venueNode(row),
  }));
  return { rows, hasNextPage: result.rows.length > limit };
}

interface VenueRow {
  side: VenueSide;
  id: string;
  record_key: string;
  name: string;
  form: string;
  level: string | null;
  division: string | null;
  active: boolean;
  venue: unknown;
}

/**
 * A row as the GraphQL node, judged by venueCompliance (no venue data: reported false, none of the
 * six).
 */
export function venueNode(row: VenueRow): VenueNode {
  const reported = typeof row.venue === 'object' && row.venue !== null && !Array.isArray(row.venue);
  const haves = venueCompliance(reported ? (row.venue as Venue) : null);
  return {
    side: row.side,
    id: String(row.id),
    recordKey: row.record_key,
    name: row.name,
    form: row.form,
    level: row.level,
    division: row.division
      ? { code: row.division, name: divisionName(row.division) ?? null }
      : null,
    active: row.active,
    reported,
    ...haves,
    missing: VENUE_ITEMS.filter((item) => !haves[item]),
  };
}

export interface VenueTotals {
  bodies: number;
  reported: number;
  compliant: number;
  byItem: VenueItemCounts;
}

/** V1 counts over the bodies of the question, both rosters in one statement. */
export async function venueTotals(pool: Pool, q: VenueQuery): Promise<VenueTotals> {
  const params: unknown[] = [];
  const branches = sidesOf(q).map((side) => branchSql(side, q, params));
  params.push(ALL_SIX);
  const all = `$${params.length}::jsonb`;
  const items = VENUE_ITEMS.map(
    (item) =>
      `(count(*) filter (where b.venue -> '${JSON_KEY[item]}' = 'true'::jsonb))::int as "${item}"`,
  );
  const result = await pool.query<Record<string, number>>(
    `select count(*)::int as bodies, (count(*) filter (where ${REPORTED}))::int as reported,
            (count(*) filter (where coalesce(b.venue @> ${all}, false)))::int as compliant,
              ${items.join(', ')}
       from (${branches.join(' union all ')}) b`,
    params,
  );
  const row = result.rows[0];
  return {
    bodies: row.bodies,
    reported: row.reported,
    compliant: row.compliant,
    byItem: Object.fromEntries(
      VENUE_ITEMS.map((item) => [item, row[item]]),
    ) as unknown as VenueItemCounts,
  };
}
