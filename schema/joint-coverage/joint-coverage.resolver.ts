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
import type {
  JointGrouping as Grouping,
  JointSide as Side,
} from '../../src/coverage/joint-candidates';
import { divisionName } from '../../src/reference/divisions';
import { Organization } from '../../src/storage/entities';
import { scopedFilter } from '../access/access-guard';
import type { HubContext } from '../context';
import { CoverageFilter } from '../coverage/coverage-filter.input';
import { ruleSetOrError } from '../coverage/coverage.resolver';
import { nodeOfEntity } from '../organization/organization-row';
import { OrganizationNode } from '../organization/organization.type';
import { pageSize } from '../pagination/relay';
import { jointGroups } from './joint-candidates-query';
import {
  JointCandidateGroup,
  JointCandidateGroups,
  JointGrouping,
  JointSide,
} from './joint-candidates.type';
import { requestedMembers } from './requested-members';

@Resolver(() => JointCandidateGroup)
export class JointCoverageResolver {
  @Authorized('joint:read')
  @Query(() => JointCandidateGroups, {
    description:
      'Rule J1: organizations below the P1 / U1 thresholds and not covered on that side, ' +
      'grouped into proposed regional (park, street, building) or industry (chamber) joint ' +
      'organizations (联合组建/区域性/行业性).',
  })
  async jointCoverageCandidates(
    @Ctx() { pool, em, identity }: HubContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('side', () => JointSide) side: Side,
    @Arg('groupBy', () => JointGrouping) groupBy: Grouping,
    @Arg('filter', () => CoverageFilter, { nullable: true }) asked?: CoverageFilter,
    @Arg('ruleSet', () => String, { defaultValue: 'shaanxi-2021' }) ruleSet?: string,
    @Arg('first', () => Int, {
      nullable: true,
      description: 'How many groups, largest first (default 20, at most 500).',
    })
    first?: number,
  ): Promise<JointCandidateGroups> {
    const filter = scopedFilter(identity, asked);
    const rules = ruleSetOrError(ruleSet ?? 'shaanxi-2021');
    // One grouping statement per request: members, when asked for, are aggregated in it.
    const result = await jointGroups(
      pool,
      { ruleSet: rules.id, side, groupBy, filter },
      pageSize(first),
      requestedMembers(info),
    );
    const ids = [...new Set(result.groups.flatMap((group) => group.memberIds))];
    const organizations = ids.length === 0 ? [] : await em.find(Organization, { id: { $in: ids } });
    const nodes = new Map(organizations.map((o) => [String(o.id), nodeOfEntity(o)]));
    return {
      side,
      groupBy,
      ruleSet: rules.id,
      totalCandidates: result.totalCandidates,
      totalGroups: result.totalGroups,
      ungrouped: result.ungrouped,
      groups: result.groups.map(({ memberIds, ...group }) => ({
        ...group,
        label: groupBy === 'STREET' ? (divisionName(group.key) ?? null) : group.key,
        firstMembers: memberIds.flatMap((id) => nodes.get(id) ?? []),
      })),
    };
  }

  @FieldResolver(() => [OrganizationNode], {
    description:
      'The first members of the group (largest employers first, then id), for follow-up.',
  })
  members(
    @Root() group: JointCandidateGroup,
    @Arg('first', () => Int, { nullable: true, description: 'Default 20, at most 500.' })
    first?: number,
  ): OrganizationNode[] {
    return group.firstMembers.slice(0, pageSize(first));
  }
}
