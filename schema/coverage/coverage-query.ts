import type { Pool } from 'pg';
import {
  COUNT_COLUMNS,
  COUNT_NAMES,
  type CountName,
} from '../../src/coverage-stage/refresh-rollup';
import { divisionPrefix } from '../../src/reference/divisions';
import { badInput } from '../pagination/relay';
import type { CoverageFilter } from './coverage-filter.input';

export type { CountName };
export type Counts = Record<CountName, number>;

export interface CountsRow {
  division: string;
  industrySection: string;
  counts: Counts;
}

/** SQL conditions and parameters for a coverage filter over `coverage_fact` or `coverage_rollup`. */
export function filterSql(
  filter: CoverageFilter | undefined,
  params: unknown[],
  allowClass: boolean,
): string[] {
  const where: string[] = [];
  if (!filter) return where;
  if (filter.region) {
    if (!/^61\d{0,4}$/.test(filter.region))
      throw badInput(
        `"region" must be a Shaanxi division code or prefix (61…), got ${filter.region}`,
      );
    params.push(`${divisionPrefix(filter.region)}%`);
    where.push(`division like $${params.length}`);
  }
  if (filter.industry) {
    const industry = filter.industry.trim().toUpperCase();
    if (/^[A-T]$/.test(industry)) {
      params.push(industry);
      where.push(`industry_section = $${params.length}`);
    } else if (allowClass && /^[A-T]?\d{4}$/.test(industry)) {
      params.push(`%${industry.slice(-4)}`);
      where.push(`industry_code like $${params.length}`);
    } else {
      throw badInput(`"industry" must be a section letter or a class code, got ${filter.industry}`);
    }
  }
  if (filter.kind?.length) {
    params.push(filter.kind);
    where.push(`kind = any($${params.length}::text[])`);
  }
  if (filter.ownership?.length) {
    params.push(filter.ownership);
    where.push(`category = any($${params.length}::text[])`);
  }
  return where;
}

/**
 * The fact versions valid at an instant (`prefix` names the table, `f.`), or the current ones:
 * the one condition every question that accepts `asOf` shares.
 */
export function factValidAt(
  prefix: string,
  asOf: Date | null | undefined,
  params: unknown[],
): string {
  if (!asOf) return `${prefix}valid_to is null`;
  params.push(asOf);
  const at = `$${params.length}`;
  return `${prefix}valid_from <= ${at} and (${prefix}valid_to is null or ${prefix}valid_to > ${at})`;
}

/**
 * Counts per county × industry section. Questions about now read the rollup (milliseconds at a
 * million organizations); questions as of an instant, or about one industry class, aggregate the
 * facts valid at that instant.
 */
export async function countsByDivisionAndSection(
  pool: Pool,
  ruleSet: string,
  filter: CoverageFilter | undefined,
  asOf: Date | null,
): Promise<CountsRow[]> {
  const classLevel = !!filter?.industry && !/^[A-Ta-t]$/.test(filter.industry.trim());
  const params: unknown[] = [ruleSet];
  let sql: string;
  if (!asOf && !classLevel) {
    const where = ['rule_set = $1', ...filterSql(filter, params, false)];
    sql = `select division, industry_section, ${COUNT_NAMES.map((n) => `sum(${n})::int as ${n}`).join(', ')}
             from coverage_rollup where ${where.join(' and ')} group by division, industry_section`;
  } else {
    const where = ['rule_set = $1', ...filterSql(filter, params, true)];
    where.push(factValidAt('', asOf, params));
    sql = `select coalesce(division, '') as division, coalesce(industry_section, '') as industry_section, ${COUNT_COLUMNS}
             from coverage_fact where ${where.join(' and ')} group by 1, 2`;
  }
  const result = await pool.query<Record<string, unknown>>(sql, params);
  return result.rows.map((row) => ({
    division: String(row.division),
    industrySection: String(row.industry_section),
    counts: Object.fromEntries(COUNT_NAMES.map((n) => [n, Number(row[n] ?? 0)])) as Counts,
  }));
}

export function emptyCounts(): Counts {
  return Object.fromEntries(COUNT_NAMES.map((n) => [n, 0])) as Counts;
}

export function addInto(target: Counts, source: Counts): Counts {
  for (const name of COUNT_NAMES) target[name] += source[name];
  return target;
}
