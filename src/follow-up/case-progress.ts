import type { Pool } from 'pg';
import { GAP_FLAGS, RULE_FLAGS } from '../model/rule-flags';
import { divisionPrefix } from '../reference/divisions';

export interface ProgressRow {
  division: string;
  gaps: number;
  gaps_with_case: number;
  founded: number;
  not_applicable: number;
  data_error: number;
  in_work: number;
  overdue: number;
  median_days_to_found: number | null;
}

/**
 * Follow-up progress per county of a region for one year (China time): the region's current gaps
 * (of one rule, or all), how many have a case, the cases closed that year by outcome, those in
 * work, overdue ones, and the median days from opening to FOUNDED.
 */
export async function followUpProgress(
  pool: Pool,
  input: { ruleSet: string; rule?: string; region?: string; year: number },
): Promise<ProgressRow[]> {
  const flags = GAP_FLAGS.filter((f) => !input.rule || RULE_FLAGS[f].gap === input.rule);
  const gaps = flags.map((f) => `${RULE_FLAGS[f].column}::int`).join(' + ');
  const region = `${divisionPrefix(input.region ?? '61')}%`;
  const params = [input.ruleSet, region, input.year, input.rule ?? null];
  const { rows } = await pool.query<ProgressRow>(
    `with g as (
       select coalesce(division, '') as division, sum(${gaps})::int as gaps
         from coverage_fact where rule_set = $1 and valid_to is null and division like $2
        group by 1),
     c as (
       select coalesce(region, '') as division,
              count(distinct (organization_id, rule))
                filter (where state not in ('FOUNDED', 'NOT_APPLICABLE', 'DATA_ERROR'))::int as gaps_with_case,
              count(*) filter (where state = 'FOUNDED' and closed_year = $3)::int as founded,
              count(*) filter (where state = 'NOT_APPLICABLE' and closed_year = $3)::int as not_applicable,
              count(*) filter (where state = 'DATA_ERROR' and closed_year = $3)::int as data_error,
              count(*) filter (where closed_at is null)::int as in_work,
              count(*) filter (where closed_at is null and due < current_date)::int as overdue,
              percentile_cont(0.5) within group (order by extract(epoch from closed_at - opened_at) / 86400)
                filter (where state = 'FOUNDED' and closed_year = $3) as median_days_to_found
         from (select *, extract(year from closed_at at time zone 'Asia/Shanghai')::int as closed_year
                 from follow_up_case
                where rule_set = $1 and region like $2 and ($4::text is null or rule = $4)) k
        group by 1)
     select coalesce(g.division, c.division) as division, coalesce(g.gaps, 0) as gaps,
            coalesce(c.gaps_with_case, 0) as gaps_with_case, coalesce(c.founded, 0) as founded,
            coalesce(c.not_applicable, 0) as not_applicable, coalesce(c.data_error, 0) as data_error,
            coalesce(c.in_work, 0) as in_work, coalesce(c.overdue, 0) as overdue,
            c.median_days_to_found
       from g full join c on c.division = g.division
      order by 1`,
    params,
  );
  return rows;
}
