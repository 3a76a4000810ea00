import { Arg, Ctx, Int, Query, Resolver, Authorized } from 'type-graphql';
import { ruleSetById } from '../../src/coverage/rule-set';
import { ACTIVE_RULE_SETS } from '../../src/config/rule-sets';
import { scopedFilter } from '../access/access-guard';
import type { HubContext } from '../context';
import { badInput } from '../pagination/relay';
import { CoverageFilter } from './coverage-filter.input';
import { evaluatedDigests } from '../../src/coverage-stage/refresh-rollup';
import { countsByDivisionAndSection } from './coverage-query';
import { countsView, summarize } from './coverage-summary';
import { CoveragePoint, CoverageSummary } from './coverage-summary.type';
import { countsAtInstants, MAX_TREND_POINTS, trendInstants } from './coverage-trend-query';

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

  @Authorized('coverage:read')
  @Query(() => [CoveragePoint], {
    description:
      'The coverage counts at evenly spaced instants from the coverage history (oldest first, ' +
      'the last one `until`): the trend of a region or industry.',
  })
  async coverageTrend(
    @Ctx() { pool, identity }: HubContext,
    @Arg('filter', () => CoverageFilter, { nullable: true }) asked?: CoverageFilter,
    @Arg('points', () => Int, {
      defaultValue: 12,
      description: `How many instants, 2 to ${MAX_TREND_POINTS}.`,
    })
    points?: number,
    @Arg('since', () => Date, {
      nullable: true,
      description: "Default: the rule set's first evaluation.",
    })
    since?: Date,
    @Arg('until', () => Date, { nullable: true, description: 'Default: now.' }) until?: Date,
    @Arg('ruleSet', () => String, { defaultValue: 'shaanxi-2021' }) ruleSet?: string,
  ): Promise<CoveragePoint[]> {
    const filter = scopedFilter(identity, asked);
    const rules = ruleSetOrError(ruleSet ?? 'shaanxi-2021');
    const instants = await trendInstants(
      pool,
      rules.id,
      points ?? 12,
      since ?? null,
      until ?? null,
    );
    const trend = await countsAtInstants(pool, rules.id, filter, instants);
    return trend.map((point) => ({ at: point.at, counts: countsView(point.counts) }));
  }
}

export function ruleSetOrError(id: string) {
  try {
    return ruleSetById(id, ACTIVE_RULE_SETS);
  } catch (error) {
    throw badInput((error as Error).message);
  }
}
