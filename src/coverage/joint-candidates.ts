import type { CoverageFacts } from './coverage-facts';

/** Which J1 side: a joint Party organization or a joint union. */
export type JointSide = 'PARTY' | 'UNION';
/**
 * What a regional (park, street, building) or industry (chamber / association) joint organization
 * groups by.
 */
export type JointGrouping = 'PARK' | 'STREET' | 'BUILDING' | 'CHAMBER';

/** One evaluated organization with the attributes J1 groups by. */
export interface JointCandidateItem {
  facts: CoverageFacts;
  /** Statistics 所在园区. */
  park?: string;
  /** Township / street code (9 digits); defaults to `facts.street`. */
  street?: string;
  /** Commercial building (商务楼宇). */
  building?: string;
  /** Federation chambers / associations (行业协会/商会). */
  chambers?: string[];
}

/** One proposed joint organization: the candidates sharing a park, street, building or chamber. */
export interface JointCandidateGroup {
  key: string;
  label?: string;
  organizations: number;
  /** Sum of known employee counts. */
  employees: number;
  /** Members of the group whose employee count is unknown (not in `employees`). */
  employeesUnknown: number;
  partyMembers: number;
  organizationIds: string[];
}

/** The J1 grouping of one side by one attribute. */
export interface JointCandidateGroups {
  side: JointSide;
  groupBy: JointGrouping;
  /** J1 candidates on that side. */
  candidates: number;
  /** Candidates without the grouping attribute: not in any group. */
  ungrouped: number;
  /** Largest first: by organizations, then employees, then key. */
  groups: JointCandidateGroup[];
}

function keysOf(item: JointCandidateItem, groupBy: JointGrouping): string[] {
  const raw =
    groupBy === 'PARK'
      ? [item.park]
      : groupBy === 'STREET'
        ? [item.street ?? item.facts.street]
        : groupBy === 'BUILDING'
          ? [item.building]
          : (item.chambers ?? []);
  const keys = raw.map((key) => key?.trim() ?? '').filter((key) => key !== '');
  return [...new Set(keys)];
}

/**
 * POLICY J1: groups the organizations flagged as J1 candidates on `side` by park, street,
 * building or chamber, so each group is a proposal for one regional or industry joint
 * organization. Employees and Party members come from the evaluation itself. An organization
 * in several chambers is counted in each (chamber groups overlap); one without the attribute is
 * only counted in `ungrouped`. `labels` maps keys to display names (e.g. street names).
 */
export function groupJointCandidates(
  items: readonly JointCandidateItem[],
  side: JointSide,
  groupBy: JointGrouping,
  options: { labels?: Readonly<Record<string, string>> } = {},
): JointCandidateGroups {
  const flag = side === 'PARTY' ? 'J1_party_candidate' : 'J1_union_candidate';
  const candidates = items.filter((item) => item.facts.flags[flag]);
  const groups = new Map<string, JointCandidateGroup>();
  let ungrouped = 0;
  for (const item of candidates) {
    const keys = keysOf(item, groupBy);
    if (keys.length === 0) ungrouped += 1;
    for (const key of keys) {
      let group = groups.get(key);
      if (!group) {
        const label = options.labels?.[key];
        group = {
          key,
          ...(label ? { label } : {}),
          organizations: 0,
          employees: 0,
          employeesUnknown: 0,
          partyMembers: 0,
          organizationIds: [],
        };
        groups.set(key, group);
      }
      group.organizations += 1;
      if (item.facts.employees) group.employees += item.facts.employees.value;
      else group.employeesUnknown += 1;
      group.partyMembers += item.facts.partyMembers;
      group.organizationIds.push(item.facts.organizationId);
    }
  }
  const sorted = [...groups.values()].sort(
    (a, b) =>
      b.organizations - a.organizations ||
      b.employees - a.employees ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return { side, groupBy, candidates: candidates.length, ungrouped, groups: sorted };
}
