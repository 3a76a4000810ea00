import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Ctx,
  FieldResolver,
  Info,
  Int,
  Query,
  Resolver,
  Root,
  Authorized,
} from 'type-graphql';
import { scopedFilter } from '../access/access-guard';
import type { HubContext } from '../context';
import { SOURCE_RECORD_PROVENANCE } from '../loaders';
import { pageInfoOf, pageSize } from '../pagination/relay';
import { selectsPath } from '../selection';
import { CoverageFilter } from './coverage-filter.input';
import { ruleSetOrError } from './coverage.resolver';
import { GapConnection, GapOrder, GapRule } from './gap.type';
import { gapCount, gapPage } from './gaps-query';

@Resolver(() => GapConnection)
export class GapsResolver {
  @Authorized('gaps:read')
  @Query(() => GapConnection, {
    description: 'The organizations a rule flags, each with its reason; Relay-paged.',
  })
  async gaps(
    @Ctx() { pool, loaders, identity }: HubContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('rule', () => GapRule) rule: GapRule,
    @Arg('filter', () => CoverageFilter, { nullable: true }) asked?: CoverageFilter,
    @Arg('orderBy', () => GapOrder, { defaultValue: GapOrder.ORGANIZATION_ID }) orderBy?: GapOrder,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('ruleSet', () => String, { defaultValue: 'shaanxi-2021' }) ruleSet?: string,
    @Arg('asOf', () => Date, {
      nullable: true,
      description: 'The gaps as they stood at this instant (the coverage history); default now.',
    })
    asOf?: Date,
  ): Promise<GapConnection> {
    const filter = scopedFilter(identity, asked);
    const rules = ruleSetOrError(ruleSet ?? 'shaanxi-2021');
    const order = orderBy ?? GapOrder.ORGANIZATION_ID;
    // Source records asked for come with the page, in the same statement, and feed the loader.
    const path = ['edges', 'node', 'organization', 'sourceRecords'];
    const sourceRecords = !selectsPath(info, path)
      ? undefined
      : SOURCE_RECORD_PROVENANCE.some((field) => selectsPath(info, [...path, field]))
        ? 'full'
        : 'keys';
    const page = await gapPage(pool, rules.id, rule, filter, order, pageSize(first), after, {
      sourceRecords,
      asOf,
    });
    for (const [id, records] of page.sourceRecords ?? []) loaders.primeSourceRecords(id, records);
    for (const [id, keys] of page.sourceRecordKeys ?? []) loaders.primeSourceRecordKeys(id, keys);
    return {
      edges: page.rows,
      pageInfo: pageInfoOf(page.rows, page.hasNextPage, after),
      countTotal: () => gapCount(pool, rules.id, rule, filter, asOf),
    };
  }

  @FieldResolver(() => Int, {
    description: 'All organizations the rule flags under the filter (counted on request).',
  })
  totalCount(@Root() connection: GapConnection): Promise<number> {
    return connection.countTotal();
  }
}
