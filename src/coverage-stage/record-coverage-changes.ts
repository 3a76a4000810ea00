import type { PoolClient } from 'pg';
import { CHANGE_FLAGS } from '../model/rule-flags';

/** Each watched flag as a row of `values`: its rule, flag, value now and before. */
const flagValues = (now: string, before: string | null) =>
  CHANGE_FLAGS.map(
    (c) =>
      `('${c.gapRule}', '${c.flag}', ${c.crossing}, ${now}.${c.column}, ` +
      `${before ? `coalesce(${before}.${c.column}, false)` : 'false'})`,
  ).join(',\n           ');

/** The numbers that say why a gap closed or a threshold moved. */
const NUMBERS = (fact: string) => `jsonb_build_object(
    'active', ${fact}.active, 'inScope', ${fact}.in_scope, 'employees', ${fact}.employees,
    'employeesSource', ${fact}.employees_source, 'partyMembers', ${fact}.party_members,
    'partyCoverage', ${fact}.party_coverage, 'unionCoverage', ${fact}.union_coverage)`;

const CHANGE = `case when c.crossing
                     then (case when c.now then 'THRESHOLD_REACHED' else 'THRESHOLD_LEFT' end)
                     else (case when c.now then 'OPENED' else 'CLOSED' end) end`;

/**
 * New fact versions (`$1`) against the versions they replaced (`$2`, none for a first
 * evaluation): every watched flag that differs.
 */
const CHANGED = `insert into coverage_change
    (rule_set, organization_id, rule, change, at, division, industry_section, kind, category,
      reason)
  select n.rule_set, n.organization_id, c.rule, ${CHANGE}, n.valid_from, n.division,
         n.industry_section, n.kind, n.category,
         case when c.now and not c.crossing
              then jsonb_path_query_first(n.flag_reasons, '$[*] ? (@.flag == $f)',
                                          jsonb_build_object('f', c.flag))
              else ${NUMBERS('n')} end
    from coverage_fact n
    left join coverage_fact o
      on o.id = any($2::bigint[]) and o.organization_id = n.organization_id
     and o.rule_set = n.rule_set
   cross join lateral (values
           ${flagValues('n', 'o')}) as c(rule, flag, crossing, now, before)
   where n.id = any($1::bigint[]) and c.now <> c.before`;

/** Versions closed without a successor (the organization merged away or retired): gaps close. */
const ENDED = `insert into coverage_change
    (rule_set, organization_id, rule, change, at, division, industry_section, kind, category,
      reason)
  select o.rule_set, o.organization_id, c.rule, 'CLOSED', o.valid_to, o.division,
         o.industry_section, o.kind, o.category, jsonb_build_object('ended', true)
    from coverage_fact o
   cross join lateral (values
           ${flagValues('o', null)}) as c(rule, flag, crossing, now, before)
   where o.id = any($1::bigint[]) and c.now and not c.crossing
     and not exists (select 1 from coverage_fact n
                      where n.id = any($2::bigint[]) and n.organization_id = o.organization_id)`;

/**
 * Writes the change feed of one batch of fact writes, in its transaction: what the new versions
 * (`opened`) changed against the ones they replaced (`closed`), and the gaps of versions closed
 * without a successor.
 */
export async function recordCoverageChanges(
  client: PoolClient,
  closed: string[],
  opened: string[],
): Promise<void> {
  if (opened.length > 0) await client.query(CHANGED, [opened, closed]);
  if (closed.length > 0) await client.query(ENDED, [closed, opened]);
}

/**
 * The change feed of a fact history written before the feed existed: every version against the
 * one it replaced (the version of the same organization that ended when it began), first versions
 * against nothing. Run once, by the migration that creates the feed.
 */
export const BACKFILL_COVERAGE_CHANGES = `insert into coverage_change
    (rule_set, organization_id, rule, change, at, division, industry_section, kind, category, reason)
  select n.rule_set, n.organization_id, c.rule, ${CHANGE}, n.valid_from, n.division,
         n.industry_section, n.kind, n.category,
         case when c.now and not c.crossing
              then jsonb_path_query_first(n.flag_reasons, '$[*] ? (@.flag == $f)',
                                          jsonb_build_object('f', c.flag))
              else ${NUMBERS('n')} end
    from coverage_fact n
    left join coverage_fact o
      on o.organization_id = n.organization_id and o.rule_set = n.rule_set
     and o.valid_to = n.valid_from
   cross join lateral (values
           ${flagValues('n', 'o')}) as c(rule, flag, crossing, now, before)
   where c.now <> c.before
   order by n.valid_from, n.id`;
