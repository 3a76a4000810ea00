import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root, Authorized } from 'type-graphql';
import { regionFor } from '../access/access-guard';
import type { HubContext } from '../context';
import { pageInfoOf, pageSize } from '../pagination/relay';
import { VenueConnection, VenueSide, VenueSummary } from './venue.type';
import { venuePage, venueTotals, type VenueQuery } from './venues-query';

const REGION =
  'Division code or prefix: 61, 6101 / 610100 (city; 咸阳市 includes Yangling 610403), 610113 ' +
  '(county).';
const INACTIVE =
  'Also count dissolved bodies (roster status not active); V1 is about bodies that exist, so ' +
  'they are left out by default.';

@Resolver(() => VenueConnection)
export class VenuesResolver {
  @Authorized('joint:read')
  @Query(() => VenueConnection, {
    description:
      'Rule V1: each Party organization and union with its activity venue against the six ' +
      'haves (六有); Relay-paged, Party organizations first, then unions.',
  })
  async venues(
    @Ctx() { pool, identity }: HubContext,
    @Arg('side', () => VenueSide, { nullable: true, description: 'Null for both.' })
    side?: VenueSide,
    @Arg('region', () => String, { nullable: true, description: REGION }) region?: string,
    @Arg('compliant', () => Boolean, {
      nullable: true,
      description: 'True: all six; false: not all six, or no venue data.',
    })
    compliant?: boolean,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('includeInactive', () => Boolean, { defaultValue: false, description: INACTIVE })
    includeInactive?: boolean,
  ): Promise<VenueConnection> {
    const query: VenueQuery = {
      side,
      region: regionFor(identity, region),
      compliant,
      includeInactive: includeInactive ?? false,
    };
    const page = await venuePage(pool, query, pageSize(first), after);
    return {
      edges: page.rows,
      pageInfo: pageInfoOf(page.rows, page.hasNextPage, after),
      countTotal: async () => (await venueTotals(pool, query)).bodies,
    };
  }

  @FieldResolver(() => Int, {
    description: 'All bodies matching the arguments (counted on request).',
  })
  totalCount(@Root() connection: VenueConnection): Promise<number> {
    return connection.countTotal();
  }

  @Authorized('joint:read')
  @Query(() => VenueSummary, {
    description: 'Rule V1 in numbers: bodies, with venue data, with all six haves, and per item.',
  })
  venueSummary(
    @Ctx() { pool, identity }: HubContext,
    @Arg('region', () => String, { nullable: true, description: REGION }) region?: string,
    @Arg('side', () => VenueSide, { nullable: true, description: 'Null for both.' })
    side?: VenueSide,
    @Arg('includeInactive', () => Boolean, { defaultValue: false, description: INACTIVE })
    includeInactive?: boolean,
  ): Promise<VenueSummary> {
    return venueTotals(pool, {
      side,
      region: regionFor(identity, region),
      includeInactive: includeInactive ?? false,
    });
  }
}
