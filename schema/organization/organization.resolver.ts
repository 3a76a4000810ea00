import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Organization } from '../../src/storage/entities';
import type { HubContext } from '../context';
import { decodeCursor, encodeCursor, pageSize } from '../pagination/relay';
import { OrganizationFilter } from './organization-filter.input';
import { filteredOrganizations, findOrganization, toNode } from './organization-query';
import { OrganizationConnection, OrganizationNode, SourceRecordRef } from './organization.type';

@Resolver(() => OrganizationNode)
export class OrganizationResolver {
  @Query(() => OrganizationNode, { nullable: true, description: 'One organization by id (retired ids still resolve) or by USCC.' })
  async organization(
    @Ctx() { em }: HubContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('uscc', () => String, { nullable: true }) uscc?: string,
  ): Promise<OrganizationNode | null> {
    const found = await findOrganization(em, id, uscc);
    return found ? toNode(found) : null;
  }

  @Query(() => OrganizationConnection, { description: 'Organizations matching a filter, in id order, Relay-paged.' })
  async organizations(
    @Ctx() { em }: HubContext,
    @Arg('filter', () => OrganizationFilter, { nullable: true }) filter?: OrganizationFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<OrganizationConnection> {
    const limit = pageSize(first);
    const afterId = decodeCursor('organization', after);
    const qb = filteredOrganizations(em, filter);
    const countTotal = () => filteredOrganizations(em, filter).getCount();
    if (afterId) qb.andWhere({ id: { $gt: afterId } });
    const rows: Organization[] = await qb.orderBy({ id: 'asc' }).limit(limit + 1).getResultList();
    const page = rows.slice(0, limit);
    const edges = page.map((o) => ({ cursor: encodeCursor('organization', String(o.id)), node: toNode(o) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > limit,
        hasPreviousPage: afterId !== undefined,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      countTotal,
    };
  }

  @FieldResolver(() => [SourceRecordRef], { description: 'The department records behind this organization.' })
  sourceRecords(@Root() organization: OrganizationNode, @Ctx() { loaders }: HubContext): Promise<SourceRecordRef[]> {
    return loaders.sourceRecords.load(organization.id);
  }
}

@Resolver(() => OrganizationConnection)
export class OrganizationConnectionResolver {
  @FieldResolver(() => Int, { description: 'All organizations matching the filter (counted on request).' })
  totalCount(@Root() connection: OrganizationConnection): Promise<number> {
    return connection.countTotal();
  }
}
