import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { scopedFilter } from '../access/access-guard';
import type { HubContext } from '../context';
import { CoverageFilter } from '../coverage/coverage-filter.input';
import { ruleSetOrError } from '../coverage/coverage.resolver';
import { GapRule } from '../coverage/gap.type';
import { pageInfoOf, pageSize } from '../pagination/relay';
import { CoverageChangeConnection } from './coverage-change.type';
import { changePage } from './coverage-changes-query';

@Resolver()
export class CoverageChangesResolver {
  @Authorized('gaps:read')
  @Query(() => CoverageChangeConnection, {
    description:
      'What changed since an instant: gaps opened and closed, thresholds reached and left; ' +
      'oldest first, so a portal keeps the last cursor and asks again. Region-scoped.',
  })
  async coverageChanges(
    @Ctx() { pool, identity }: HubContext,
    @Arg('since', () => Date) since: Date,
    @Arg('rule', () => GapRule, { nullable: true }) rule?: GapRule,
    @Arg('filter', () => CoverageFilter, { nullable: true }) asked?: CoverageFilter,
    @Arg('ruleSet', () => String, { defaultValue: 'shaanxi-2021' }) ruleSet?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<CoverageChangeConnection> {
    const filter = scopedFilter(identity, asked);
    const rules = ruleSetOrError(ruleSet ?? 'shaanxi-2021');
    const page = await changePage(
      pool,
      { ruleSet: rules.id, since, rule, filter },
      pageSize(first),
      after,
    );
    return { edges: page.rows, pageInfo: pageInfoOf(page.rows, page.hasNextPage, after) };
  }
}
