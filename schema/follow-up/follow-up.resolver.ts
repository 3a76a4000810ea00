import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { TransitionError } from '../../src/follow-up/case-states';
import { followUpProgress } from '../../src/follow-up/case-progress';
import {
  advanceCase,
  assignCase,
  caseCount,
  casePage,
  casesByIds,
  casesOfOrganization,
  historyOf,
  openCase,
} from '../../src/follow-up/case-store';
import { setAutoOpen } from '../../src/follow-up/follow-up-changes';
import { divisionName } from '../../src/reference/divisions';
import { Organization } from '../../src/storage/entities';
import { assertInRegion, regionFor } from '../access/access-guard';
import type { HubContext } from '../context';
import { ruleSetOrError } from '../coverage/coverage.resolver';
import { GapRule } from '../coverage/gap.type';
import { nodeOfEntity } from '../organization/organization-row';
import { OrganizationNode } from '../organization/organization.type';
import { badInput, decodeCursor, encodeCursor, pageInfoOf, pageSize } from '../pagination/relay';
import { followUpCaseView as view } from './follow-up-view';
import {
  FollowUpCaseConnection,
  FollowUpCaseView,
  FollowUpFilter,
  FollowUpProgressView,
  FollowUpState,
  FollowUpTransitionView,
  NotApplicableReason,
} from './follow-up.type';

/** Refusals of the state machine and the store answer BAD_USER_INPUT with their reason. */
async function checked<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof TransitionError) throw badInput(error.message);
    throw error;
  }
}

/** Follow-up cases: open one on a gap, move it, list them, see progress (closing the loop). */
@Resolver(() => FollowUpCaseView)
export class FollowUpResolver {
  @Authorized('followup:write')
  @Mutation(() => FollowUpCaseView, { description: "Opens a case on an organization's open gap." })
  async openFollowUp(
    @Ctx() ctx: HubContext,
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('rule', () => GapRule) rule: GapRule,
    @Arg('assignee', () => String, { nullable: true }) assignee?: string,
    @Arg('due', () => String, { nullable: true, description: 'YYYY-MM-DD.' }) due?: string,
    @Arg('ruleSet', () => String, { defaultValue: 'shaanxi-2021' }) ruleSet?: string,
  ): Promise<FollowUpCaseView> {
    if (!/^\d{1,18}$/.test(organizationId)) throw badInput('"organizationId" is not an id');
    if (due && !/^\d{4}-\d{2}-\d{2}$/.test(due)) throw badInput('"due" must be YYYY-MM-DD');
    const organization = await ctx.em.findOne(Organization, { id: organizationId });
    if (!organization) throw badInput(`no organization ${organizationId}`);
    assertInRegion(ctx.identity, organization.divisionCode);
    const opened = await checked(() =>
      openCase(ctx.pool, {
        organizationId,
        ruleSet: ruleSetOrError(ruleSet ?? 'shaanxi-2021').id,
        rule,
        assignee,
        due,
        by: ctx.actor,
      }),
    );
    return view(opened);
  }

  @Authorized('followup:write')
  @Mutation(() => FollowUpCaseView, {
    description: 'Moves a case; a transition that makes no sense is refused, saying why.',
  })
  async advanceFollowUp(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('to', () => FollowUpState) to: FollowUpState,
    @Arg('note', () => String, { nullable: true }) note?: string,
    @Arg('reason', () => NotApplicableReason, { nullable: true }) reason?: string,
    @Arg('department', () => String, { nullable: true, description: 'DATA_ERROR: the feed.' })
    department?: string,
    @Arg('correction', () => String, { nullable: true, description: 'DATA_ERROR: what to fix.' })
    correction?: string,
  ): Promise<FollowUpCaseView> {
    const [current] = /^\d{1,18}$/.test(id) ? await casesByIds(ctx.pool, [id]) : [];
    if (!current) throw badInput(`no follow-up case ${id}`);
    assertInRegion(ctx.identity, current.region);
    const moved = await checked(() =>
      advanceCase(ctx.pool, id, { to, note, reason, department, correction }, ctx.actor),
    );
    return view(moved);
  }

  @Authorized('followup:write')
  @Mutation(() => FollowUpCaseView, {
    description:
      'Re-assigns and/or re-dates a case in work; kept in its history (the state stays, the ' +
      'note says what changed).',
  })
  async assignFollowUp(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('assignee', () => String, { nullable: true }) assignee?: string,
    @Arg('due', () => String, { nullable: true, description: 'YYYY-MM-DD.' }) due?: string,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ): Promise<FollowUpCaseView> {
    const [current] = /^\d{1,18}$/.test(id) ? await casesByIds(ctx.pool, [id]) : [];
    if (!current) throw badInput(`no follow-up case ${id}`);
    assertInRegion(ctx.identity, current.region);
    const assigned = await checked(() =>
      assignCase(ctx.pool, id, { assignee, due, note }, ctx.actor),
    );
    return view(assigned);
  }

  @Authorized('followup:read')
  @Query(() => FollowUpCaseView, { nullable: true })
  async followUpCase(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string) {
    const [found] = /^\d{1,18}$/.test(id) ? await casesByIds(ctx.pool, [id]) : [];
    if (found) assertInRegion(ctx.identity, found.region);
    return found ? view(found) : null;
  }

  @Authorized('followup:read')
  @Query(() => FollowUpCaseConnection, { description: 'Cases newest first; region-scoped.' })
  async followUps(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => FollowUpFilter, { nullable: true }) filter?: FollowUpFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<FollowUpCaseConnection> {
    const limit = pageSize(first);
    const before = decodeCursor('case', after);
    if (before !== undefined && !/^\d+$/.test(before))
      throw badInput('"after" is not a cursor of this list');
    const scoped = { ...filter, region: regionFor(ctx.identity, filter?.region) };
    const rows = await checked(() => casePage(ctx.pool, scoped, before, limit + 1));
    const edges = rows
      .slice(0, limit)
      .map((row) => ({ cursor: encodeCursor('case', row.id), node: view(row) }));
    const pool = ctx.pool;
    return {
      edges,
      pageInfo: pageInfoOf(edges, rows.length > limit, after),
      get totalCount() {
        return caseCount(pool, scoped);
      },
    };
  }

  @Authorized('followup:read')
  @Query(() => [FollowUpProgressView], {
    description: 'Per county of the region, in a year: gaps, with a case, closed by outcome, …',
  })
  async followUpProgress(
    @Ctx() ctx: HubContext,
    @Arg('year', () => Int) year: number,
    @Arg('region', () => String, { nullable: true }) region?: string,
    @Arg('rule', () => GapRule, { nullable: true }) rule?: GapRule,
    @Arg('ruleSet', () => String, { defaultValue: 'shaanxi-2021' }) ruleSet?: string,
  ): Promise<FollowUpProgressView[]> {
    const rows = await followUpProgress(ctx.pool, {
      ruleSet: ruleSetOrError(ruleSet ?? 'shaanxi-2021').id,
      rule,
      region: regionFor(ctx.identity, region),
      year,
    });
    return rows.map((r) => ({
      division: r.division,
      divisionName: r.division ? (divisionName(r.division) ?? null) : null,
      gaps: r.gaps,
      gapsWithCase: r.gaps_with_case,
      founded: r.founded,
      notApplicable: r.not_applicable,
      dataError: r.data_error,
      inWork: r.in_work,
      overdue: r.overdue,
      medianDaysToFound: r.median_days_to_found === null ? null : Number(r.median_days_to_found),
    }));
  }

  @Authorized('followup:write')
  @Mutation(() => Boolean, {
    description: "Opens cases by themselves for this rule's new gaps in the region (or stops).",
  })
  async setFollowUpAutoOpen(
    @Ctx() ctx: HubContext,
    @Arg('rule', () => GapRule) rule: GapRule,
    @Arg('region', () => String) region: string,
    @Arg('enabled', () => Boolean, { defaultValue: true }) enabled: boolean,
  ): Promise<boolean> {
    const scope = regionFor(ctx.identity, region)!;
    if (!/^61\d{0,4}$/.test(scope)) throw badInput('"region" must be a Shaanxi division code');
    await setAutoOpen(ctx.pool, rule, scope, enabled, ctx.actor);
    return true;
  }

  @FieldResolver(() => OrganizationNode, { nullable: true })
  async organization(@Root() c: FollowUpCaseView, @Ctx() { em }: HubContext) {
    const found = await em.findOne(Organization, { id: c.organizationId });
    return found ? nodeOfEntity(found) : null;
  }

  @FieldResolver(() => [FollowUpTransitionView], { description: 'Every move, oldest first.' })
  async history(@Root() c: FollowUpCaseView, @Ctx() { pool }: HubContext) {
    return (await historyOf(pool, [c.id])).map((t) => ({
      state: t.to_state as FollowUpState,
      from: t.from_state as FollowUpState | null,
      at: t.at,
      by: t.by,
      note: t.note,
    }));
  }
}

@Resolver(() => OrganizationNode)
export class OrganizationFollowUpsResolver {
  @Authorized('followup:read')
  @FieldResolver(() => [FollowUpCaseView], { description: 'Its follow-up cases, newest first.' })
  async followUps(@Root() o: OrganizationNode, @Ctx() { pool }: HubContext) {
    return (await casesOfOrganization(pool, o.id)).map(view);
  }
}
