import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { assertInRegion, regionFor } from '../access/access-guard';
import type { HubContext } from '../context';
import { pageInfoOf, pageSize } from '../pagination/relay';
import {
  BodySide,
  CoveredUnit,
  CoveringBody,
  CoveringBodyConnection,
  CoveringBodyFilter,
} from './covering-body.type';
import { bodyById, bodyPage, coveredUnits } from './graph-query';

/** Party organizations and unions as nodes of their own, with the organizations they cover. */
@Resolver(() => CoveringBody)
export class CoveringBodiesResolver {
  @Authorized('organizations:read')
  @Query(() => CoveringBody, { nullable: true, description: 'One Party organization by id.' })
  partyOrganization(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string) {
    return this.one(ctx, BodySide.PARTY, id);
  }

  @Authorized('organizations:read')
  @Query(() => CoveringBody, { nullable: true, description: 'One trade union by id.' })
  union(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string) {
    return this.one(ctx, BodySide.UNION, id);
  }

  @Authorized('organizations:read')
  @Query(() => CoveringBodyConnection, { description: 'Party organizations of the roster.' })
  partyOrganizations(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => CoveringBodyFilter, { nullable: true }) filter?: CoveringBodyFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return this.page(ctx, BodySide.PARTY, filter, first, after);
  }

  @Authorized('organizations:read')
  @Query(() => CoveringBodyConnection, { description: 'Trade unions of the roster.' })
  unions(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => CoveringBodyFilter, { nullable: true }) filter?: CoveringBodyFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return this.page(ctx, BodySide.UNION, filter, first, after);
  }

  @FieldResolver(() => [CoveredUnit], {
    description: 'The units it names: the organizations they resolved to, or why not yet.',
  })
  coveredUnits(@Root() body: CoveringBody, @Ctx() { pool }: HubContext) {
    return coveredUnits(pool, body.side, body.id);
  }

  private async one(ctx: HubContext, side: BodySide, id: string) {
    const body = await bodyById(ctx.pool, side, id);
    if (body) assertInRegion(ctx.identity, body.division?.code);
    return body;
  }

  private async page(
    ctx: HubContext,
    side: BodySide,
    filter: CoveringBodyFilter | undefined,
    first: number | undefined,
    after: string | undefined,
  ): Promise<CoveringBodyConnection> {
    const region = regionFor(ctx.identity, filter?.region);
    const page = await bodyPage(ctx.pool, side, { ...filter, region }, pageSize(first), after);
    return { edges: page.rows, pageInfo: pageInfoOf(page.rows, page.hasNextPage, after) };
  }
}
