import { createHash } from 'node:crypto';
import { types, type Pool } from 'pg';
import type { CoverageFacts } from '../../src/coverage/coverage-facts';
import type { SourceRecordKey, SourceRecordRef } from '../loaders';
import { nodeOfRow, organizationColumns } from '../organization/organization-row';
import { badInput, decodeCursor, encodeCursor } from '../pagination/relay';
import type { CoverageFilter } from './coverage-filter.input';
import { factValidAt, filterSql } from './coverage-query';
import { GAP_RULE_FLAGS, GapOrder, type Gap, type GapRule } from './gap.type';

const ORDER: Record<GapOrder, { expression: string; descending: boolean }> = {
  [GapOrder.ORGANIZATION_ID]: { expression: 'f.organization_id', descending: false },
  [GapOrder.EMPLOYEES_DESC]: { expression: 'coalesce(f.employees, -1)', descending: true },
  [GapOrder.PARTY_MEMBERS_DESC]: { expression: 'f.party_members', descending: true },
};

export interface GapPage {
  rows: Array<{ cursor: string; node: Gap }>;
  hasNextPage: boolean;
  /** Each row's current source records (the `sourceRecords` loader's rows), when asked for. */
  sourceRecords?: Map<string, SourceRecordRef[]>;
  /** Each row's linked record keys alone, when nothing more of them is asked for. */
  sourceRecordKeys?: Map<string, SourceRecordKey[]>;
}

export interface GapPageOptions {
  /**
   * Also fetch the page's organizations' source records in the same statement: `full` with
   * their provenance (hash, origin, times), `keys` their feed, stream and key alone.
   */
  sourceRecords?: 'full' | 'keys';
  /** The gaps as they stood at this instant (from the fact history); default now. */
  asOf?: Date | null;
}

/**
 * timestamptz text as node-postgres parses it (the loaders' dates), so both paths give equal
 * values.
 */
const parseTimestamp = types.getTypeParser(types.builtins.TIMESTAMPTZ) as (text: string) => Date;

/**
 * The current source records of the outer row's organization, as one JSON array of arrays in the
 * order of the `sourceRecords` loader (source, stream, key); timestamps as text.
 */
const SOURCE_RECORDS_SQL = `(select json_agg(json_build_array(s.source, s.stream, s.record_key, s.content_hash, s.origin,
            s.first_seen_at::text, s.last_seen_at::text) order by s.source, s.stream, s.record_key)
       from record_link l
       join current_source_record s on s.source = l.source and s.stream = l.stream and s.record_key = l.record_key
      where l.organization_id = p.organization_id)`;

/**
 * The keys of the outer row's linked records, from the links alone: a record is linked only once
 * it has landed, and a landed record's current version is never deleted (only marked absent).
 */
const SOURCE_RECORD_KEYS_SQL = `(select json_agg(json_build_array(l.source, l.stream, l.record_key)
            order by l.source, l.stream, l.record_key)
       from record_link l where l.organization_id = p.organization_id)`;

type SourceRecordTuple = [string, string, string, string, string, string, string];

/** A source record of a gap page; its two timestamps are parsed only when read. */
class PageSourceRecord implements SourceRecordRef {
  constructor(
    readonly organizationId: string,
    readonly source: string,
    readonly stream: string,
    readonly key: string,
    readonly contentHash: string,
    readonly origin: string,
    private readonly firstSeenText: string,
    private readonly fetchedText: string,
  ) {}

  get firstSeenAt(): Date {
    return parseTimestamp(this.firstSeenText);
  }

  get fetchedAt(): Date {
    return parseTimestamp(this.fetchedText);
  }
}

/**
 * One page of a gap list: current facts carrying the rule's flag (a partial index each), joined
 * with their organizations in the same statement, keyset-paged on (order value, organization id);
 * optionally with each organization's source records, aggregated over the page's rows only. A
 * prepared statement per distinct text (a handful: rule column, filters and order), so repeated
 * pages skip parsing and planning.
 */
export async function gapPage(
  pool: Pool,
  ruleSet: string,
  rule: GapRule,
  filter: CoverageFilter | undefined,
  order: GapOrder,
  limit: number,
  after: string | undefined,
  options: GapPageOptions = {},
): Promise<GapPage> {
  const { column, flag } = GAP_RULE_FLAGS[rule];
  if (!/^\w+$/.test(flag)) throw new Error(`unexpected flag name ${flag}`);
  const { expression, descending } = ORDER[order];
  const params: unknown[] = [ruleSet];
  const where = [
    `f.rule_set = $1`,
    `f.${column}`,
    ...filterSql(filter, params, true).map((w) => `f.${w}`),
  ];
  where.push(factValidAt('f.', options.asOf, params));
  const position = decodeCursor(`gap:${order}`, after);
  if (position) {
    const [value, id] = position.split(':');
    if (!/^-?\d+$/.test(value ?? '') || !/^\d+$/.test(id ?? ''))
      throw badInput('"after" is not a cursor of this list');
    params.push(Number(value), id);
    where.push(
      `(${expression}, f.organization_id) ${descending ? '<' : '>'} ($${params.length - 1}, $${params.length})`,
    );
  }
  params.push(limit + 1);
  const direction = descending ? 'desc' : 'asc';
  // Only the reason of the rule's flag leaves the database (an organization has several).
  const page = `select f.organization_id, jsonb_path_query_first(f.flag_reasons, '$[*] ? (@.flag == "${flag}")') as reason, f.employees, f.employees_source, f.party_members, f.party_coverage, f.union_coverage,
            ${expression} as sort_value, ${organizationColumns('o', 'org_')}
       from coverage_fact f join organization o on o.id = f.organization_id
      where ${where.join(' and ')}
      order by ${expression} ${direction}, f.organization_id ${direction} limit $${params.length}`;
  const records = options.sourceRecords === 'keys' ? SOURCE_RECORD_KEYS_SQL : SOURCE_RECORDS_SQL;
  const text = options.sourceRecords
    ? `select p.*, ${records} as source_records from (${page}) p order by p.sort_value ${direction}, p.organization_id ${direction}`
    : page;
  const result = await pool.query<
    Record<string, unknown> & {
      reason: CoverageFacts['reasons'][number] | null;
      source_records?: SourceRecordTuple[] | null;
    }
  >({ name: statementName('gap-page', text), text, values: params });
  const rows = result.rows.slice(0, limit).map((row) => {
    const reason = row.reason;
    const id = String(row.organization_id);
    return {
      cursor: encodeCursor(`gap:${order}`, `${row.sort_value}:${id}`),
      node: {
        organization: nodeOfRow(row, 'org_'),
        rule,
        reason: reason?.text ?? '',
        numbers: reason?.numbers ?? {},
        sources: reason?.sources ?? [],
        employees: (row.employees as number | null) ?? null,
        employeesSource: (row.employees_source as string | null) ?? null,
        partyMembers: Number(row.party_members),
        partyCoverage: String(row.party_coverage),
        unionCoverage: String(row.union_coverage),
      },
    };
  });
  let sourceRecords: Map<string, SourceRecordRef[]> | undefined;
  let sourceRecordKeys: Map<string, SourceRecordKey[]> | undefined;
  if (options.sourceRecords === 'keys') {
    sourceRecordKeys = new Map();
    for (const row of result.rows.slice(0, limit)) {
      const organizationId = String(row.organization_id);
      const tuples = (row.source_records ?? []) as unknown as Array<[string, string, string]>;
      sourceRecordKeys.set(
        organizationId,
        tuples.map(([source, stream, key]) => ({ organizationId, source, stream, key })),
      );
    }
  } else if (options.sourceRecords) {
    sourceRecords = new Map();
    for (const row of result.rows.slice(0, limit)) {
      const organizationId = String(row.organization_id);
      sourceRecords.set(
        organizationId,
        (row.source_records ?? []).map(
          ([source, stream, key, contentHash, origin, firstSeenAt, fetchedAt]) =>
            new PageSourceRecord(
              organizationId,
              source,
              stream,
              key,
              contentHash,
              origin,
              firstSeenAt,
              fetchedAt,
            ),
        ),
      );
    }
  }
  return { rows, hasNextPage: result.rows.length > limit, sourceRecords, sourceRecordKeys };
}

/**
 * A prepared-statement name per distinct statement text (node-postgres prepares it once per
 * connection).
 */
const statementNames = new Map<string, string>();
function statementName(prefix: string, text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `${prefix}-${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    statementNames.set(text, name);
  }
  return name;
}

/** How many organizations the rule flags under the filter. */
export async function gapCount(
  pool: Pool,
  ruleSet: string,
  rule: GapRule,
  filter: CoverageFilter | undefined,
  asOf?: Date | null,
): Promise<number> {
  const params: unknown[] = [ruleSet];
  const where = ['rule_set = $1', GAP_RULE_FLAGS[rule].column, ...filterSql(filter, params, true)];
  where.push(factValidAt('', asOf, params));
  const result = await pool.query<{ n: number }>(
    `select count(*)::int as n from coverage_fact where ${where.join(' and ')}`,
    params,
  );
  return result.rows[0].n;
}
