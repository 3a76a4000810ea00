import { organizationInRegion } from '../organization/organization-row';
import type { Pool } from 'pg';
import { divisionPrefix } from '../../src/reference/divisions';
import type { IdentifierClaim } from '../../src/canonical/canonical-record';
import {
  recordIdentifierDetail,
  referenceDetail,
  type ReferenceResolution,
} from './discrepancy-detail';
import { DiscrepancyField } from './discrepancy.type';
import {
  ORGANIZATION_COLUMNS,
  afterRecord,
  encodePosition,
  organizationOf,
  type DiscrepancyPage,
  type Position,
} from './discrepancy-rows';

/** The roster side whose covered-unit references are the source's to fix. */
const ROSTER_SIDE: Partial<Record<string, { side: 'party' | 'union'; table: string }>> = {
  'party-org': { side: 'party', table: 'party_organization' },
  'trade-union': { side: 'union', table: 'trade_union' },
};

/**
 * Records carrying an invalid claim, or member-distribution rows that resolution linked to no
 * organization.
 */
const RECORD_PROBLEM = `(s.canonical->'identifiers' @> '[{"valid": false}]'
  or (s.canonical->>'entity' = 'member-distribution'
      and not exists (select 1 from resolution_queue q where q.source_record_id = s.id)
      and not exists (select 1 from record_link l where l.source = s.source and l.stream = s.stream
        and l.record_key = s.record_key)))`;

/**
 * Covered units that resolved to nothing, only through a repaired code, or only by name although a
 * code was typed.
 */
const EDGE_PROBLEM = `(e.organization_id is null or e.resolution->>'how' = 'repaired-uscc'
  or (e.resolution->>'how' = 'name' and e.unit_uscc_raw is not null))`;

/**
 * Other departments' valid USCC claims for the row's organization (record_link by organization,
 * then the current record by key).
 */
const KNOWN_USCC = `(select coalesce(jsonb_agg(distinct jsonb_build_object('source', ls.source,
                      'value', c->>'normalized')), '[]')
     from record_link l2
     join current_source_record ls on ls.source = l2.source and ls.stream = l2.stream
       and ls.record_key = l2.record_key
     cross join lateral jsonb_array_elements(ls.canonical->'identifiers') c
    where l2.organization_id = o.id and l2.source <> $1 and c->>'scheme' = 'uscc'
      and (c->>'valid')::boolean)`;

/**
 * IDENTIFIER, in one statement: the source's current records with a problem (walked along
 * `current_record`'s key), then — for the two rosters — problem edges (walked along
 * `coverage_edge (side, body_id)`), each part limited before the union, details joined by key
 * for the page's rows only.
 */
function pageSql(records: string | null, edges: string | null, table: string): string {
  const recordPart =
    records === null
      ? 'select 0, null::text, null::text, null::bigint, null::bigint where false'
      : `select 0, s.stream, s.record_key, null::bigint, null::bigint from current_source_record s
        where s.source = $1 ${records} and ${RECORD_PROBLEM}
        order by s.stream, s.record_key limit $2`;
  const edgePart =
    edges === null
      ? 'select 1, null::text, null::text, null::bigint, null::bigint where false'
      : `select 1, null::text, null::text, e.body_id, e.id from coverage_edge e
        where e.side = $3 ${edges} and ${EDGE_PROBLEM}
        order by e.body_id, e.id limit $2`;
  return `
    with page (part, stream, record_key, body_id, edge_id) as (
      (${recordPart}) union all (${edgePart})
      order by 1, 2, 3, 4, 5 limit $2)
    select page.part, coalesce(page.stream, bs.stream) as stream,
           coalesce(page.record_key, b.record_key) as record_key,
           page.body_id, page.edge_id, s.canonical->'identifiers' as identifiers,
             s.canonical->>'name' as record_name,
           s.canonical->>'entity' as entity, l.id is null as unlinked,
           e.unit_name, e.unit_uscc_raw, e.resolution, b.name as body_name, ${ORGANIZATION_COLUMNS},
             ${KNOWN_USCC} as others
      from page
      left join current_source_record s on page.part = 0 and s.source = $1
        and s.stream = page.stream and s.record_key = page.record_key
      left join record_link l on page.part = 0 and l.source = $1 and l.stream = page.stream
        and l.record_key = page.record_key
      left join coverage_edge e on e.id = page.edge_id
      left join ${table} b on b.id = e.body_id
      left join source_record bs on bs.id = b.source_record_id
      left join organization o on o.id = coalesce(l.organization_id, e.organization_id)
     order by page.part, page.stream, page.record_key, page.body_id, page.edge_id`;
}

type Row = Record<string, unknown> & {
  part: number;
  stream: string;
  record_key: string;
  others: Array<{ source: string; value: string }>;
};

function toEdge(source: string, side: 'party' | 'union' | undefined, row: Row) {
  const organization = organizationOf(row);
  const base = {
    organization,
    source,
    field: DiscrepancyField.IDENTIFIER,
    stream: row.stream,
    recordKey: row.record_key,
    others: row.others,
  };
  if (row.part === 0) {
    const claims = (row.identifiers as IdentifierClaim[] | null) ?? [];
    const invalid = claims.filter((c) => !c.valid).map((c) => ({ scheme: c.scheme, raw: c.raw }));
    const unlinked = row.entity === 'member-distribution' && row.unlinked === true;
    const name = (row.record_name as string | null) ?? null;
    return {
      cursor: encodePosition(DiscrepancyField.IDENTIFIER, {
        part: 0,
        stream: row.stream,
        key: row.record_key,
      }),
      node: {
        ...base,
        value: {
          name,
          invalid,
          ...(unlinked ? { unlinked: true, typed: claims[0]?.raw ?? null } : {}),
        },
        detail: recordIdentifierDetail({
          name,
          invalid,
          unlinked,
          knownUscc: row.others.map((o) => o.value),
        }),
      },
    };
  }
  const resolution = row.resolution as ReferenceResolution;
  const unitName = String(row.unit_name);
  const typed = (row.unit_uscc_raw as string | null) ?? null;
  return {
    cursor: encodePosition(DiscrepancyField.IDENTIFIER, {
      part: 1,
      bodyId: String(row.body_id),
      edgeId: String(row.edge_id),
    }),
    node: {
      ...base,
      value: {
        body: row.record_key,
        bodyName: row.body_name,
        unitName,
        typed,
        how: resolution.how,
        ...(resolution.uscc ? { repairedTo: resolution.uscc } : {}),
        ...(resolution.reason ? { reason: resolution.reason } : {}),
      },
      detail: referenceDetail({
        side: side ?? 'party',
        bodyName: String(row.body_name ?? ''),
        bodyKey: row.record_key,
        unitName,
        typed,
        resolution,
      }),
    },
  };
}

/** One page of IDENTIFIER discrepancies of a source. */
export async function identifierPage(
  pool: Pool,
  source: string,
  limit: number,
  position: Position | undefined,
  region?: string,
): Promise<DiscrepancyPage> {
  const roster = ROSTER_SIDE[source];
  const params: unknown[] = [source, limit + 1];
  if (roster) params.push(roster.side); // $3, referenced by the edge part only
  const records =
    position?.part === 1 ? null : afterRecord(position, params) + recordInRegion(region, params);
  let edges: string | null = null;
  if (roster) {
    edges = '';
    if (position?.part === 1) {
      params.push(position.bodyId, position.edgeId);
      edges = `and (e.body_id, e.id) > ($${params.length - 1}::bigint, $${params.length}::bigint)`;
    }
    edges += bodyInRegion(roster.table, region, params);
  }
  const result = await pool.query<Row>(
    pageSql(records, edges, roster?.table ?? 'party_organization'),
    params,
  );
  return {
    rows: result.rows.slice(0, limit).map((row) => toEdge(source, roster?.side, row)),
    hasNextPage: result.rows.length > limit,
  };
}

/** How many IDENTIFIER discrepancies the source has. */
export async function identifierCount(
  pool: Pool,
  source: string,
  region?: string,
): Promise<number> {
  const roster = ROSTER_SIDE[source];
  const params: unknown[] = roster ? [source, roster.side] : [source];
  const edges = roster
    ? `(select count(*) from coverage_edge e where e.side = $2 and ${EDGE_PROBLEM}
         ${bodyInRegion(roster.table, region, params)})`
    : '0';
  const records = recordInRegion(region, params);
  const result = await pool.query<{ n: number }>(
    `select ((select count(*) from current_source_record s where s.source = $1
            and ${RECORD_PROBLEM} ${records}) + ${edges})::int as n`,
    params,
  );
  return result.rows[0].n;
}

/** A record lies in the region when the organization holding it does. */
function recordInRegion(region: string | undefined, params: unknown[]): string {
  if (!region) return '';
  return organizationInRegion(
    `(select rl.organization_id from record_link rl where rl.source = s.source
        and rl.stream = s.stream and rl.record_key = s.record_key)`,
    region,
    params,
  );
}

/** A roster reference lies in the region of the body that makes it (resolved or not). */
function bodyInRegion(table: string, region: string | undefined, params: unknown[]): string {
  if (!region) return '';
  params.push(`${divisionPrefix(region)}%`);
  return `and exists (select 1 from ${table} rb
                       where rb.id = e.body_id and rb.division_code like $${params.length})`;
}
