import {
  Arg,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Authorized,
} from 'type-graphql';
import {
  DecisionError,
  confirmLink,
  mergeOrganizations,
  rejectLink,
  splitOrganization,
} from '../../src/resolution/manual-decisions';
import { Organization } from '../../src/storage/entities';
import { inTransaction } from '../../src/storage/sql-pool';
import { assertInRegion, regionFor } from '../access/access-guard';
import type { HubContext } from '../context';
import { nodeOfEntity } from '../organization/organization-row';
import { OrganizationNode } from '../organization/organization.type';
import { badInput, decodeCursor, encodeCursor, pageInfoOf, pageSize } from '../pagination/relay';
import {
  openReviewCount,
  openReviews,
  type LinkReviewRow,
  reviewOrganizationIds,
} from './review-query';
import { LinkReviewConnection, LinkReviewView, RecordRefInput } from './review.type';

/** The review queue and the decisions people make about the graph (each audited with the actor). */
@Resolver(() => LinkReviewView)
export class ReviewResolver {
  @Authorized('review:read')
  @Query(() => LinkReviewConnection, {
    description: 'Open link suggestions, strongest first within creation order.',
  })
  async reviewQueue(
    @Ctx() { pool, identity }: HubContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<LinkReviewConnection> {
    const limit = pageSize(first);
    const afterId = decodeCursor('review', after) ?? '0';
    const region = regionFor(identity, undefined);
    const rows = await openReviews(pool, afterId, limit + 1, region);
    const total = await openReviewCount(pool, region);
    const edges = rows
      .slice(0, limit)
      .map((row) => ({ cursor: encodeCursor('review', String(row.id)), node: toView(row) }));
    return {
      edges,
      totalCount: total,
      pageInfo: pageInfoOf(edges, rows.length > limit, after),
    };
  }

  @FieldResolver(() => OrganizationNode, { nullable: true })
  current(@Root() review: LinkReviewView, @Ctx() { em }: HubContext) {
    return review.currentId ? loadNode(em, review.currentId) : null;
  }

  @FieldResolver(() => OrganizationNode, { nullable: true })
  candidate(@Root() review: LinkReviewView, @Ctx() { em }: HubContext) {
    return loadNode(em, review.candidateId);
  }

  @Authorized('review:decide')
  @Mutation(() => OrganizationNode, {
    description: 'Accept a suggestion: the record joins the candidate and stays there.',
  })
  async confirmLink(
    @Ctx() ctx: HubContext,
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ) {
    await assertOrganizationsInRegion(ctx, await reviewOrganizationIds(ctx.pool, reviewId));
    const id = await decide(ctx, (client) =>
      confirmLink(client, reviewId, ctx.actor, note ?? null),
    );
    return loadNode(ctx.em, id);
  }

  @Authorized('review:decide')
  @Mutation(() => Boolean, {
    description: 'Reject a suggestion: later runs never link the record to that organization.',
  })
  async rejectLink(
    @Ctx() ctx: HubContext,
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ) {
    await assertOrganizationsInRegion(ctx, await reviewOrganizationIds(ctx.pool, reviewId));
    await decide(ctx, (client) => rejectLink(client, reviewId, ctx.actor, note ?? null));
    return true;
  }

  @Authorized('review:decide')
  @Mutation(() => OrganizationNode, {
    description: 'Merge two organizations; the older id survives and the other resolves to it.',
  })
  async mergeOrganizations(
    @Ctx() ctx: HubContext,
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('reason', () => String) reason: string,
  ) {
    if (ids.length !== 2 || ids[0] === ids[1])
      throw badInput('"ids" must name two different organizations');
    await assertOrganizationsInRegion(ctx, ids);
    if (!reason.trim()) throw badInput('"reason" is required: say why they are the same');
    const id = await decide(ctx, (client) =>
      mergeOrganizations(client, ids[0], ids[1], ctx.actor, reason),
    );
    return loadNode(ctx.em, id);
  }

  @Authorized('review:decide')
  @Mutation(() => OrganizationNode, {
    description: 'Split records off into a new organization (undo a false merge).',
  })
  async splitOrganization(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('records', () => [RecordRefInput]) records: RecordRefInput[],
    @Arg('reason', () => String) reason: string,
  ) {
    if (!reason.trim()) throw badInput('"reason" is required: say why they differ');
    await assertOrganizationsInRegion(ctx, [id]);
    const newId = await decide(ctx, (client) =>
      splitOrganization(client, id, records, ctx.actor, reason),
    );
    return loadNode(ctx.em, newId);
  }
}

/** Region-limited identities decide about their region's organizations only. */
async function assertOrganizationsInRegion(ctx: HubContext, ids: string[]): Promise<void> {
  if (ctx.identity.region === null) return;
  for (const id of ids) {
    const organization = await loadNode(ctx.em, id);
    // An unknown organization is the decision's own error to report.
    if (organization) assertInRegion(ctx.identity, organization.division?.code);
  }
}

async function decide<T>(
  ctx: HubContext,
  work: Parameters<typeof inTransaction<T>>[1],
): Promise<T> {
  try {
    return await inTransaction(ctx.pool, work);
  } catch (error) {
    if (error instanceof DecisionError) throw badInput(error.message);
    throw error;
  }
}

async function loadNode(em: HubContext['em'], id: string): Promise<OrganizationNode | null> {
  const organization = await em.findOne(Organization, { id });
  return organization ? nodeOfEntity(organization) : null;
}

function toView(row: LinkReviewRow): LinkReviewView {
  return {
    id: String(row.id),
    source: row.source,
    stream: row.stream,
    recordKey: row.record_key,
    weight: row.weight,
    reasons: row.reasons,
    status: row.status,
    createdAt: row.created_at,
    current: null,
    candidate: null,
    currentId: row.current_organization_id ? String(row.current_organization_id) : null,
    candidateId: String(row.candidate_organization_id),
  };
}
