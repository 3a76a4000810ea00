import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root, Authorized } from 'type-graphql';
import { regionFor, sourceFor } from '../access/access-guard';
import type { HubContext } from '../context';
import { pageInfoOf, pageSize } from '../pagination/relay';
import { discrepancyCount, discrepancyPage, sourceOrError } from './discrepancies-query';
import { DiscrepancyConnection, DiscrepancyField } from './discrepancy.type';

/**
 * The feedback half of the coordination mechanism (信息反馈): where a department's records disagree
 * with the others'.
 */
@Resolver(() => DiscrepancyConnection)
export class DiscrepanciesResolver {
  @Authorized('discrepancies:read')
  @Query(() => DiscrepancyConnection, {
    description:
      "A department's records that disagree with the other departments' (or fail validation), " +
      'so it can fix its register; Relay-paged.',
  })
  async discrepancies(
    @Ctx() { pool, identity }: HubContext,
    @Arg('source', () => String, {
      description:
        'The department: market-regulation, civil-affairs, statistics, tax, federation, ' +
        'party-org or trade-union.',
    })
    source: string,
    @Arg('field', () => DiscrepancyField) field: DiscrepancyField,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<DiscrepancyConnection> {
    const feed = sourceOrError(sourceFor(identity, source)!);
    // A region's key sees the discrepancies of its region's organizations.
    const region = regionFor(identity, undefined);
    const page = await discrepancyPage(pool, feed, field, pageSize(first), after, region);
    return {
      edges: page.rows,
      pageInfo: pageInfoOf(page.rows, page.hasNextPage, after),
      countTotal: () => discrepancyCount(pool, feed, field, region),
    };
  }

  @FieldResolver(() => Int, {
    description:
      "All discrepancies of the list (counted on request: a pass over the department's records).",
  })
  totalCount(@Root() connection: DiscrepancyConnection): Promise<number> {
    return connection.countTotal();
  }
}
