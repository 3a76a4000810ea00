import { organizationInRegion } from '../organization/organization-row';
import type { Pool } from 'pg';
import { absentDetail } from './discrepancy-detail';
import { DiscrepancyField } from './discrepancy.type';
import {
  ORGANIZATION_COLUMNS,
  afterRecord,
  encodePosition,
  organizationOf,
  type DiscrepancyPage,
  type Position,
} from './discrepancy-rows';

type Row = Record<string, unknown> & {
  stream: string;
  record_key: string;
  record_name: string | null;
  status: string | null;
  absent_since: Date;
  last_seen_at: Date;
  others: Array<{ source: string; value: { name?: string; status?: string } }>;
};

/**
 * ABSENT: the source's current records that its newer full snapshot no longer contains, walked
 * along `current_record`'s key (source, stream, record key) — a page reads only the source's
 * own current records. `others`: the departments whose present records still name the organization.
 */
export async function absentPage(
  pool: Pool,
  source: string,
  limit: number,
  position: Position | undefined,
  region?: string,
): Promise<DiscrepancyPage> {
  const params: unknown[] = [source, limit + 1];
  const after =
    afterRecord(position, params) + organizationInRegion('l.organization_id', region, params);
  const result = await pool.query<Row>(
    `select s.stream, s.record_key, s.canonical->>'name' as record_name,
            s.canonical->'status'->>'raw' as status,
            s.absent_since, s.last_seen_at, ${ORGANIZATION_COLUMNS},
            (select coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object('source', ls.source,
                      'value', jsonb_build_object('name', ls.canonical->>'name', 'status',
                                                  ls.canonical->'status'->>'raw')))
                      order by ls.source, ls.stream, ls.record_key), '[]')
               from record_link l2
               join current_source_record ls on ls.source = l2.source and ls.stream = l2.stream
                 and ls.record_key = l2.record_key
                                            and ls.absent_since is null
              where l2.organization_id = o.id and l2.source <> $1) as others
       from current_source_record s
       left join record_link l on l.source = s.source and l.stream = s.stream
         and l.record_key = s.record_key
       left join organization o on o.id = l.organization_id
      where s.source = $1 and s.absent_since is not null ${after}
      order by s.stream, s.record_key
      limit $2`,
    params,
  );
  const rows = result.rows.slice(0, limit).map((row) => ({
    cursor: encodePosition(DiscrepancyField.ABSENT, {
      part: 0,
      stream: row.stream,
      key: row.record_key,
    }),
    node: {
      organization: organizationOf(row),
      source,
      field: DiscrepancyField.ABSENT,
      stream: row.stream,
      recordKey: row.record_key,
      value: {
        name: row.record_name,
        status: row.status,
        lastSeenAt: row.last_seen_at.toISOString(),
        absentSince: row.absent_since.toISOString(),
      },
      others: row.others,
      detail: absentDetail(
        source,
        row.record_name,
        row.absent_since,
        row.others.map((o) => o.source),
      ),
    },
  }));
  return { rows, hasNextPage: result.rows.length > limit };
}

/** How many of the source's current records are absent from its newer snapshot. */
export async function absentCount(pool: Pool, source: string, region?: string): Promise<number> {
  const params: unknown[] = [source];
  const scope = organizationInRegion('l.organization_id', region, params);
  const result = await pool.query<{ n: number }>(
    `select count(*)::int as n from current_record s
       ${scope ? 'left join record_link l on l.source = s.source and l.stream = s.stream and l.record_key = s.record_key' : ''}
      where s.source = $1 and s.absent_since is not null ${scope}`,
    params,
  );
  return result.rows[0].n;
}
