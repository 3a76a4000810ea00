import type { Pool } from 'pg';
import { COUNT_COLUMNS, COUNT_NAMES } from '../../src/coverage-stage/refresh-rollup';
import { badInput } from '../pagination/relay';
import type { CoverageFilter } from './coverage-filter.input';
import { filterSql, type Counts } from './coverage-query';

export interface TrendPoint {
  at: Date;
  counts: Counts;
}

/** At most this many instants in one trend (each is an aggregate over the history). */
export const MAX_TREND_POINTS = 60;

/**
 * `points` instants evenly spaced from `since` (default: the rule set's first evaluation) to
 * `until` (default now), the last one exactly `until`.
 */
export async function trendInstants(
  pool: Pool,
  ruleSet: string,
  points: number,
  since: Date | null,
  until: Date | null,
): Promise<Date[]> {
  if (!Number.isInteger(points) || points < 2 || points > MAX_TREND_POINTS)
    throw badInput(`"points" must be from 2 to ${MAX_TREND_POINTS}, got ${points}`);
  const end = until ?? new Date();
  let start = since;
  if (!start) {
    const first = await pool.query<{ at: Date | null }>(
      'select min(valid_from) as at from coverage_fact where rule_set = $1',
      [ruleSet],
    );
    start = first.rows[0].at ?? end;
  }
  if (start > end) throw badInput('"since" is after "until"');
  const step = (end.getTime() - start.getTime()) / (points - 1);
  return Array.from({ length: points }, (_, i) =>
    i === points - 1 ? end : new Date(start.getTime() + step * i),
  );
}

/**
 * The POLICY counts at each instant, from the coverage history, in one statement: the fact
 * versions valid at an instant are those it falls inside.
 */
export async function countsAtInstants(
  pool: Pool,
  ruleSet: string,
  filter: CoverageFilter | undefined,
  instants: Date[],
): Promise<TrendPoint[]> {
  const params: unknown[] = [ruleSet, instants];
  const where = ['f.rule_set = $1', ...filterSql(filter, params, true)];
  const result = await pool.query<Record<string, unknown>>(
    `select t.at, ${COUNT_COLUMNS}
       from unnest($2::timestamptz[]) as t(at)
       join coverage_fact f
         on f.valid_from <= t.at and (f.valid_to is null or f.valid_to > t.at)
      where ${where.join(' and ')}
      group by t.at`,
    params,
  );
  const byInstant = new Map(result.rows.map((row) => [(row.at as Date).getTime(), row]));
  // An instant before the first evaluation has no facts: every count is 0.
  return instants.map((at) => {
    const row = byInstant.get(at.getTime());
    return {
      at,
      counts: Object.fromEntries(COUNT_NAMES.map((n) => [n, Number(row?.[n] ?? 0)])) as Counts,
    };
  });
}
