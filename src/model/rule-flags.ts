/**
 * The rule flags (规则标记): what an evaluation of POLICY sets for one organization, declared once.
 * The evaluation's flag type, the coverage_fact columns and their writes, the rollup's counters,
 * the GraphQL gap rules and the export columns all derive from this catalog; adding a rule is an
 * entry here, its logic in `src/coverage/rule-flags.ts` and a migration for the columns (checked
 * against this catalog by a test).
 */

/** POLICY rule ids, plus SCOPE (in / out of scope) and EMPLOYEES (employees-unknown data gap). */
export type CoverageRuleId = 'SCOPE' | 'EMPLOYEES' | 'P1' | 'U1' | 'K1' | 'M1' | 'M2' | 'C1' | 'J1';

/** One flag: its rule, where it is stored, how the rollup counts it, and the gap it names. */
export interface RuleFlagEntry {
  rule: CoverageRuleId;
  /** Boolean column of `coverage_fact`. */
  column: string;
  /** Counter of `coverage_rollup` (in-scope organizations with the flag set). */
  counter: string;
  /** The GraphQL `GapRule` value when the flag marks a gap to be closed. */
  gap?: string;
  /** Its turning on or off is a threshold crossing of its rule (in the change feed). */
  crossing?: true;
  /** For a gap: which body closing it founds, so whose follow-up it is (组织部 or 总工会). */
  founds?: 'party' | 'union';
  /** The flag as the organization departments name it, with the thresholds of the rule set. */
  label: string | ((thresholds: LabelThresholds) => string);
}

/** The thresholds a flag's label may name (those of the rule set the figures come from). */
export interface LabelThresholds {
  partyMembersForStandalone: number;
  employeesForStandaloneUnion: number;
}

/**
 * Every flag, in POLICY's order. `*_required`: the threshold applies; `*_met`: required and
 * standalone; `*_gap`: required and not standalone (all false unless active and in scope).
 */
export const RULE_FLAGS = {
  P1_required: {
    rule: 'P1',
    column: 'p1_required',
    counter: 'p1_required',
    label: '应单独建立党组织',
    crossing: true,
  },
  P1_met: { rule: 'P1', column: 'p1_met', counter: 'p1_met', label: '已单独建立党组织' },
  P1_gap: {
    rule: 'P1',
    column: 'p1_gap',
    counter: 'p1_gap',
    gap: 'P1_NO_STANDALONE_PARTY_ORGANIZATION',
    founds: 'party',
    label: (t) => `正式党员${t.partyMembersForStandalone}人以上未单独建立党组织`,
  },
  U1_required: {
    rule: 'U1',
    column: 'u1_required',
    counter: 'u1_required',
    label: '应单独建立工会',
    crossing: true,
  },
  U1_met: { rule: 'U1', column: 'u1_met', counter: 'u1_met', label: '已单独建立工会' },
  U1_gap: {
    rule: 'U1',
    column: 'u1_gap',
    counter: 'u1_gap',
    gap: 'U1_NO_STANDALONE_UNION',
    founds: 'union',
    label: (t) => `职工${t.employeesForStandaloneUnion}人以上未单独建立工会`,
  },
  K1_target: { rule: 'K1', column: 'k1_target', counter: 'k1_targets', label: '重点覆盖对象' },
  K1_party_gap: {
    rule: 'K1',
    column: 'k1_party_gap',
    counter: 'k1_party_gaps',
    gap: 'K1_PARTY_NOT_COVERED',
    founds: 'party',
    label: '重点覆盖对象未实现党组织覆盖',
  },
  K1_union_gap: {
    rule: 'K1',
    column: 'k1_union_gap',
    counter: 'k1_union_gaps',
    gap: 'K1_UNION_NOT_COVERED',
    founds: 'union',
    label: '重点覆盖对象未建立工会',
  },
  M1: {
    rule: 'M1',
    column: 'm1',
    counter: 'm1',
    gap: 'M1_PARTY_WITHOUT_UNION',
    founds: 'union',
    label: '已建党组织未建工会',
  },
  M2: {
    rule: 'M2',
    column: 'm2',
    counter: 'm2',
    gap: 'M2_UNION_WITHOUT_PARTY',
    founds: 'party',
    label: '已建工会未建党组织',
  },
  C1_gap: {
    rule: 'C1',
    column: 'c1_gap',
    counter: 'c1_gaps',
    gap: 'C1_CONVERSION_NOT_COVERED',
    founds: 'party',
    label: '改制单位未实现覆盖',
  },
  J1_party_candidate: {
    rule: 'J1',
    column: 'j1_party',
    counter: 'j1_party',
    label: '可联合建立党组织',
  },
  J1_union_candidate: {
    rule: 'J1',
    column: 'j1_union',
    counter: 'j1_union',
    label: '可联合建立工会',
  },
} as const satisfies Record<string, RuleFlagEntry>;

/** Name of one flag. */
export type CoverageFlag = keyof typeof RULE_FLAGS;

/** The flags of one evaluation. */
export type CoverageFlags = Record<CoverageFlag, boolean>;

/** Every flag name, in the catalog's order. */
export const COVERAGE_FLAGS = Object.keys(RULE_FLAGS) as CoverageFlag[];

type GapFlagOf<F extends CoverageFlag> = (typeof RULE_FLAGS)[F] extends { gap: string } ? F : never;

/** A flag that marks a gap. */
export type GapFlag = { [F in CoverageFlag]: GapFlagOf<F> }[CoverageFlag];

/** The gap rule names (GraphQL `GapRule`). */
export type GapRuleName = (typeof RULE_FLAGS)[GapFlag]['gap'];

/** The gap flags, in the catalog's order. */
export const GAP_FLAGS = COVERAGE_FLAGS.filter(
  (flag): flag is GapFlag => 'gap' in RULE_FLAGS[flag],
);

/** All flags false: the evaluation of an organization out of scope. */
export function noFlags(): CoverageFlags {
  return Object.fromEntries(COVERAGE_FLAGS.map((flag) => [flag, false])) as CoverageFlags;
}

/** A flag's label under a rule set's thresholds. */
export function flagLabel(flag: CoverageFlag, thresholds: LabelThresholds): string {
  const label: RuleFlagEntry['label'] = RULE_FLAGS[flag].label;
  return typeof label === 'string' ? label : label(thresholds);
}

/**
 * What the change feed reports (变化): a gap flag turning on or off, and a threshold flag crossing,
 * each named by the gap rule it concerns.
 */
export const CHANGE_FLAGS = COVERAGE_FLAGS.flatMap((flag) => {
  const entry: RuleFlagEntry = RULE_FLAGS[flag];
  if (entry.gap) return [{ flag, column: entry.column, gapRule: entry.gap, crossing: false }];
  if (!entry.crossing) return [];
  const gap = GAP_FLAGS.find((g) => RULE_FLAGS[g].rule === entry.rule)!;
  return [{ flag, column: entry.column, gapRule: RULE_FLAGS[gap].gap as string, crossing: true }];
});

/** Which body closing a gap founds (whose follow-up it is). */
export function gapFounds(gapRule: string): 'party' | 'union' {
  const flag = GAP_FLAGS.find((f) => RULE_FLAGS[f].gap === gapRule);
  const entry: RuleFlagEntry | undefined = flag ? RULE_FLAGS[flag] : undefined;
  return entry?.founds ?? 'party';
}
