import { organizationInRegion } from '../organization/organization-row';
import type { Pool } from 'pg';
import { normalizeOrganizationName } from '../../src/names';
import type { AttributeName, ComparedName } from '../../src/model/attributes';
import { comparisonDetail } from './discrepancy-detail';
import type { StatusValue } from './discrepancy-labels';
import { DiscrepancyField } from './discrepancy.type';
import {
  ORGANIZATION_COLUMNS,
  afterRecord,
  encodePosition,
  organizationOf,
  type DiscrepancyPage,
  type Position,
} from './discrepancy-rows';

/** The fields that compare one attribute across departments. */
export type AttributeField =
  | DiscrepancyField.EMPLOYEES
  | DiscrepancyField.STATUS
  | DiscrepancyField.DIVISION
  | DiscrepancyField.NAME;

/**
 * The attribute compared per field, and the one shown beside it (STATUS compares `active`, shows
 * the raw status).
 */
const COMPARED: Record<AttributeField, { name: ComparedName; shown: AttributeName | null }> = {
  [DiscrepancyField.EMPLOYEES]: { name: 'employees', shown: null },
  [DiscrepancyField.STATUS]: { name: 'active', shown: 'status' },
  [DiscrepancyField.DIVISION]: { name: 'divisionCode', shown: null },
  [DiscrepancyField.NAME]: { name: 'name', shown: null },
};

interface Candidate {
  stream: string;
  record_key: string;
  value: unknown;
  shown: unknown;
  others: Array<{ source: string; value: unknown; shown: unknown }>;
  [column: string]: unknown;
}

/**
 * The statements of one record version, found through its link's unique key (source, stream, record
 * key) and checked against the version: `source_record_id` itself carries no index, since it
 * changes with every version (see the migration of 2026-12-03).
 */
function statedBy(
  alias: string,
  source: string,
  stream: string,
  key: string,
  version: string,
): string {
  return (
    `${alias}.source = ${source} and ${alias}.stream = ${stream} ` +
    `and ${alias}.record_key = ${key} and ${alias}.source_record_id = ${version}`
  );
}

/** The attribute (`$2`) the current record `s` states, and of which organization (`a`). */
const RECORD_ATTRIBUTE = `cross join lateral (select a.organization_id, a.value
                            from organization_attribute a
                      where ${statedBy('a', 's.source', 's.stream', 's.record_key', 's.id')}
                        and a.name = $2 limit 1) a`;

/**
 * Other departments' (not `$1`) present statements of the same attribute about `a`'s organization,
 * with another value (`b`).
 */
const OTHERS_DISAGREEING = `organization_attribute b
  join current_record bs on bs.source = b.source and bs.stream = b.stream
    and bs.record_key = b.record_key
 where b.organization_id = a.organization_id and b.name = $2 and b.source <> $1
   and bs.absent_since is null and b.value <> a.value`;

/**
 * The source's current, present records (walked in the order of `current_record`'s primary key:
 * source, stream, record key) whose attribute differs from another department's for the same
 * organization. Per record: the attribute by the link's key (see
 * `statedBy`), the others by `(organization_id, name)`; both indexed, so a page costs the records
 * it passes over and never sorts. Attributes of records absent from their snapshot are left out
 * (see ABSENT).
 */
function candidateSql(after: string): string {
  return `
    with page as (
      select s.id as record_id, s.stream, s.record_key, a.organization_id, a.value, others.list
        from current_source_record s
        ${RECORD_ATTRIBUTE}
        cross join lateral (
          select jsonb_agg(jsonb_build_object('source', d.source, 'value', d.value, 'record',
                 d.source_record_id,
                                              'stream', d.stream, 'key', d.record_key)
                           order by d.source, d.value::text) as list
            from (select distinct on (b.source, b.value) b.source, b.value, b.source_record_id,
              b.stream, b.record_key
                    from ${OTHERS_DISAGREEING}
                   order by b.source, b.value, b.observed_at desc) d) others
       where s.source = $1 and s.absent_since is null ${after}
         and others.list is not null
       order by s.stream, s.record_key
       limit $4)
    select page.stream, page.record_key, page.value, ${ORGANIZATION_COLUMNS},
           (select x.value from organization_attribute x
             where ${statedBy('x', '$1', 'page.stream', 'page.record_key', 'page.record_id')}
               and x.name = $3 limit 1) as shown,
           (select jsonb_agg(jsonb_build_object('source', e->'source', 'value', e->'value', 'shown',
                     (select x.value from organization_attribute x
                       where ${statedBy('x', "e->>'source'", "e->>'stream'", "e->>'key'", "(e->>'record')::bigint")} and x.name = $3 limit 1))
                     order by n)
              from jsonb_array_elements(page.list) with ordinality as t(e, n)) as others
      from page join organization o on o.id = page.organization_id
     order by page.stream, page.record_key`;
}

async function candidates(
  pool: Pool,
  source: string,
  field: AttributeField,
  limit: number,
  position: Position | undefined,
  region: string | undefined,
): Promise<Candidate[]> {
  const { name, shown } = COMPARED[field];
  const params: unknown[] = [source, name, shown, limit];
  const after =
    afterRecord(position, params) + organizationInRegion('a.organization_id', region, params);
  return (await pool.query<Candidate>(candidateSql(after), params)).rows;
}

/**
 * NAME compares normalized keys (width, brackets, legal form): raw differences that normalize alike
 * are no discrepancy.
 */
function nameDisagreement(row: Candidate): Candidate | null {
  const own = normalizeOrganizationName(String(row.value)).key;
  const others = row.others.filter((o) => normalizeOrganizationName(String(o.value)).key !== own);
  return others.length > 0 ? { ...row, others } : null;
}

function valueOf(field: AttributeField, value: unknown, shown: unknown): unknown {
  if (field !== DiscrepancyField.STATUS) return value;
  return {
    active: typeof value === 'boolean' ? value : null,
    status: typeof shown === 'string' ? shown : null,
  } satisfies StatusValue;
}

function toEdge(source: string, field: AttributeField, row: Candidate) {
  const value = valueOf(field, row.value, row.shown);
  const others = row.others.map((o) => ({
    source: o.source,
    value: valueOf(field, o.value, o.shown),
  }));
  return {
    cursor: encodePosition(field, { part: 0, stream: row.stream, key: row.record_key }),
    node: {
      organization: organizationOf(row),
      source,
      field,
      stream: row.stream,
      recordKey: row.record_key,
      value,
      others,
      detail: comparisonDetail(field, source, value, others),
    },
  };
}

/**
 * One page of an attribute comparison. One statement per page; NAME filters the raw differences by
 * normalized key in TypeScript and reads further candidate chunks only when that left the page
 * short.
 */
export async function attributePage(
  pool: Pool,
  source: string,
  field: AttributeField,
  limit: number,
  position: Position | undefined,
  region?: string,
): Promise<DiscrepancyPage> {
  const wanted = limit + 1;
  if (field !== DiscrepancyField.NAME) {
    const rows = await candidates(pool, source, field, wanted, position, region);
    return {
      rows: rows.slice(0, limit).map((row) => toEdge(source, field, row)),
      hasNextPage: rows.length > limit,
    };
  }
  const chunk = Math.max(wanted * 2, 200);
  const kept: Candidate[] = [];
  let from = position;
  for (;;) {
    const rows = await candidates(pool, source, field, chunk, from, region);
    for (const row of rows) {
      const disagreement = nameDisagreement(row);
      if (disagreement) kept.push(disagreement);
      if (kept.length === wanted) break;
    }
    if (kept.length === wanted || rows.length < chunk) break;
    const last = rows[rows.length - 1];
    from = { part: 0, stream: last.stream, key: last.record_key };
  }
  return {
    rows: kept.slice(0, limit).map((row) => toEdge(source, field, row)),
    hasNextPage: kept.length > limit,
  };
}

/**
 * How many records of the source disagree (a full pass over the source's records: asked for only on
 * request).
 */
export async function attributeCount(
  pool: Pool,
  source: string,
  field: AttributeField,
  region?: string,
): Promise<number> {
  if (field === DiscrepancyField.NAME) {
    let count = 0;
    let from: Position | undefined;
    for (;;) {
      const rows = await candidates(pool, source, field, 5000, from, region);
      count += rows.filter((row) => nameDisagreement(row) !== null).length;
      if (rows.length < 5000) return count;
      const last = rows[rows.length - 1];
      from = { part: 0, stream: last.stream, key: last.record_key };
    }
  }
  const params: unknown[] = [source, COMPARED[field].name];
  const scope = organizationInRegion('a.organization_id', region, params);
  const result = await pool.query<{ n: number }>(
    `select count(*)::int as n from current_source_record s
       ${RECORD_ATTRIBUTE}
      where s.source = $1 and s.absent_since is null ${scope}
        and exists (select 1 from ${OTHERS_DISAGREEING})`,
    params,
  );
  return result.rows[0].n;
}
