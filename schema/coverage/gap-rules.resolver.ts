import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { scopedFilter } from '../access/access-guard';
import type { HubContext } from '../context';
import {
  COVERAGE_FLAGS,
  flagLabel,
  GAP_FLAGS,
  RULE_FLAGS,
  type RuleFlagEntry,
} from '../../src/model/rule-flags';
import { countsByDivisionAndSection, emptyCounts, addInto } from './coverage-query';
import { ruleSetOrError } from './coverage.resolver';
import type { GapRule } from './gap.type';
import { GapRuleView, RuleFlagView } from './gap-rule-view.type';

/** The rule-flag catalog and its gap rules, labelled with a rule set's thresholds. */
@Resolver()
export class GapRulesResolver {
  @Authorized('coverage:read')
  @Query(() => [GapRuleView], {
    description: "The gap rules in POLICY's order, named under the rule set's thresholds.",
  })
  async gapRules(
    @Ctx() { pool, identity }: HubContext,
    @Arg('ruleSet', () => String, { defaultValue: 'shaanxi-2021' }) ruleSet?: string,
  ): Promise<GapRuleView[]> {
    const rules = ruleSetOrError(ruleSet ?? 'shaanxi-2021');
    const rows = await countsByDivisionAndSection(
      pool,
      rules.id,
      scopedFilter(identity, undefined),
      null,
    );
    const total = rows.reduce((sum, row) => addInto(sum, row.counts), emptyCounts());
    return GAP_FLAGS.map((flag) => {
      const entry: RuleFlagEntry = RULE_FLAGS[flag];
      return {
        rule: entry.gap as GapRule,
        policyRule: entry.rule,
        label: flagLabel(flag, rules.thresholds),
        founds: entry.founds ?? 'party',
        open: total[entry.counter as keyof typeof total],
      };
    });
  }

  @Authorized('coverage:read')
  @Query(() => [RuleFlagView], {
    description: "Every rule flag in POLICY's order, named under the rule set's thresholds.",
  })
  ruleFlags(
    @Arg('ruleSet', () => String, { defaultValue: 'shaanxi-2021' }) ruleSet?: string,
  ): RuleFlagView[] {
    const rules = ruleSetOrError(ruleSet ?? 'shaanxi-2021');
    return COVERAGE_FLAGS.map((flag) => {
      const entry: RuleFlagEntry = RULE_FLAGS[flag];
      return {
        flag,
        policyRule: entry.rule,
        label: flagLabel(flag, rules.thresholds),
        gapRule: (entry.gap as GapRule | undefined) ?? null,
      };
    });
  }
}
