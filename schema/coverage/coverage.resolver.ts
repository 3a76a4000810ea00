import { Arg, Ctx, Query, Resolver, Authorized } from 'type-graphql';
import { ruleSetById } from '../../src/coverage/rule-set';
import { ACTIVE_RULE_SETS } from '../../src/config/rule-sets';
import { scopedFilter } from '../access/access-guard';
import type { HubContext } from '../context';
import { badInput } from '../pagination/relay';
import { CoverageFilter } from './coverage-filter.input';
import { evaluatedDigests } from '../../src/coverage-stage/refresh-rollup';
import { countsByDivisionAndSection } from './coverage-query';
import { summarize } from './coverage-summary';
import { CoverageSummary } from './coverage-summary.type';

@Resolver()
export class CoverageResolver {
  @Authorized('coverage:read')
  @Query(() => CoverageSummary, {
    description:
      'Coverage figures of POLICY for the filtered organizations, now or as of an instant.',
  })
  async coverage(
    @Ctx() { pool, identity }: HubContext,
    @Arg('filter', () => CoverageFilter, { nullable: true }) asked?: CoverageFilter,
    @Arg('asOf', () => Date, {
      nullable: true,
      description: 'Answer as the hub knew it at this instant (history is kept).',
    })
    asOf?: Date,
    @Arg('ruleSet', () => String, { defaultValue: 'shaanxi-2021' }) ruleSet?: string,
  ): Promise<CoverageSummary> {
    const filter = scopedFilter(identity, asked);
    const rules = ruleSetOrError(ruleSet ?? 'shaanxi-2021');
    return summarize(
      await countsByDivisionAndSection(pool, rules.id, filter, asOf ?? null),
      rules,
      asOf ?? null,
      (await evaluatedDigests(pool)).get(rules.id) ?? null,
    );
  }
}

export function ruleSetOrError(id: string) {
  try {
    return ruleSetById(id, ACTIVE_RULE_SETS);
  } catch (error) {
    throw badInput((error as Error).message);
  }
}
