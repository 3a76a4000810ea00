import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { JointGrouping as Grouping, JointSide as Side } from '../../src/coverage/joint-candidates';
import { divisionName } from '../../src/reference/divisions';
import { Organization } from '../../src/storage/entities';
import type { HubContext } from '../context';
import { CoverageFilter } from '../coverage/coverage-filter.input';
import { ruleSetOrError } from '../coverage/coverage.resolver';
import { toNode } from '../organization/organization-query';
import { OrganizationNode } from '../organization/organization.type';
import { pageSize } from '../pagination/relay';
import { jointGroupMembers, jointGroups, type JointQuery } from './joint-candidates-query';
import { JointCandidateGroup, JointCandidateGroups, JointGrouping, JointSide } from './joint-candidates.type';

@Resolver(() => JointCandidateGroup)
export class JointCoverageResolver {
  @Query(() => JointCandidateGroups, {
    description: 'Rule J1: organizations below the P1 / U1 thresholds and not covered on that side, grouped into proposed '
      + 'regional (park, street, building) or industry (chamber) joint organizations (联合组建/区域性/行业性).',
  })
  async jointCoverageCandidates(
    @Ctx() { pool, em }: HubContext,
    @Arg('side', () => JointSide) side: Side,
    @Arg('groupBy', () => JointGrouping) groupBy: Grouping,
    @Arg('filter', () => CoverageFilter, { nullable: true }) filter?: CoverageFilter,
    @Arg('ruleSet', () => String, { defaultValue: 'shaanxi-2021' }) ruleSet?: string,
    @Arg('first', () => Int, { nullable: true, description: 'How many groups, largest first (default 20, at most 500).' }) first?: number,
  ): Promise<JointCandidateGroups> {
    const rules = ruleSetOrError(ruleSet ?? 'shaanxi-2021');
    const query: JointQuery = { ruleSet: rules.id, side, groupBy, filter };
    const result = await jointGroups(pool, query, pageSize(first));
    const members = memberLoader(pool, em, query);
    return {
      side, groupBy, ruleSet: rules.id,
      totalCandidates: result.totalCandidates,
      totalGroups: result.totalGroups,
      ungrouped: result.ungrouped,
      groups: result.groups.map((group) => ({
        ...group,
        label: groupBy === 'STREET' ? divisionName(group.key) ?? null : group.key,
        loadMembers: (count: number) => members.load(`${count}\u0000${group.key}`),
      })),
    };
  }

  @FieldResolver(() => [OrganizationNode], {
    description: 'The first members of the group (largest employers first, then id), for follow-up.',
  })
  members(
    @Root() group: JointCandidateGroup,
    @Arg('first', () => Int, { nullable: true, description: 'Default 20, at most 500.' }) first?: number,
  ): Promise<OrganizationNode[]> {
    return group.loadMembers(pageSize(first));
  }
}

/**
 * Members of all groups of one answer in one query per distinct `first` (keys `first\0groupKey`),
 * and their organizations in one more.
 */
function memberLoader(pool: Pool, em: EntityManager, query: JointQuery): DataLoader<string, OrganizationNode[]> {
  return new DataLoader<string, OrganizationNode[]>(async (ids) => {
    const byFirst = new Map<number, string[]>();
    for (const id of ids) {
      const [count, key] = id.split('\u0000');
      byFirst.set(Number(count), [...(byFirst.get(Number(count)) ?? []), key]);
    }
    const memberIds = new Map<string, string[]>();
    for (const [count, keys] of byFirst) {
      const found = await jointGroupMembers(pool, query, keys, count);
      for (const [key, organizationIds] of found) memberIds.set(`${count}\u0000${key}`, organizationIds);
    }
    const allIds = [...new Set([...memberIds.values()].flat())];
    const organizations = allIds.length === 0 ? [] : await em.find(Organization, { id: { $in: allIds } });
    const nodes = new Map(organizations.map((o) => [String(o.id), toNode(o)]));
    return ids.map((id) => (memberIds.get(id) ?? []).flatMap((organizationId) => nodes.get(organizationId) ?? []));
  });
}
