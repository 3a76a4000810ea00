import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../context';
import { OrganizationNode } from '../organization/organization.type';
import { pageInfoOf, pageSize } from '../pagination/relay';
import { TimelineConnection } from './timeline-entry.type';
import { timelinePage } from './timeline-query';

@Resolver(() => OrganizationNode)
export class TimelineResolver {
  @Authorized('organizations:read')
  @FieldResolver(() => TimelineConnection, {
    description:
      'Its history, newest first: registry events, records arriving or changing, coverage ' +
      'changes, merges; each dated and sourced.',
  })
  async timeline(
    @Root() organization: OrganizationNode,
    @Ctx() { pool }: HubContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<TimelineConnection> {
    const page = await timelinePage(pool, organization.id, pageSize(first), after);
    return { edges: page.rows, pageInfo: pageInfoOf(page.rows, page.hasNextPage, after) };
  }
}
