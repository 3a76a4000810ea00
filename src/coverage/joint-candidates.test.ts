import { groupJointCandidates, type JointCandidateItem } from './joint-candidates';
import { evaluateOrganization } from './evaluate-organization';
import { SHAANXI_2021 } from './rule-set';
import { AS_OF, enterpriseFacts, partyOrg, unionOrg } from './fixtures/organization-facts';
import type { OrganizationFacts } from './organization-facts';

function item(
  overrides: Partial<OrganizationFacts>,
  extra: Omit<JointCandidateItem, 'facts'> = {},
): JointCandidateItem {
  const facts = enterpriseFacts(overrides);
  return {
    facts: evaluateOrganization(facts, SHAANXI_2021, AS_OF),
    park: facts.park,
    chambers: facts.chambers,
    ...extra,
  };
}

const ITEMS: JointCandidateItem[] = [
  item({
    id: 'a',
    park: '西安高新区',
    employeesBySource: { statistics: 8 },
    fullPartyMembers: 1,
    chambers: ['西安市浙江商会'],
  }),
  item({
    id: 'b',
    park: '西安高新区',
    employeesBySource: { statistics: 12 },
    fullPartyMembers: 2,
    chambers: ['西安市浙江商会', '陕西省软件协会'],
  }),
  item({
    id: 'c',
    park: ' 西安高新区 ',
    employeesBySource: {},
    fullPartyMembers: 0,
    statisticsAreaCode: '610113002003',
  }),
  item({
    id: 'd',
    park: '杨凌农业高新技术产业示范区',
    employeesBySource: { statistics: 20 },
    chambers: ['陕西省软件协会'],
  }),
  item({
    id: 'e',
    park: '杨凌农业高新技术产业示范区',
    employeesBySource: { statistics: 24 },
    instructorAssigned: true,
  }),
  item(
    {
      id: 'f',
      park: undefined,
      employeesBySource: { statistics: 5 },
      statisticsAreaCode: undefined,
    },
    { building: '赛格国际' },
  ),
  // Not candidates: 3 members and a standalone union with 40 employees.
  item({
    id: 'g',
    park: '西安高新区',
    employeesBySource: { statistics: 40 },
    fullPartyMembers: 3,
    unions: [unionOrg('单独建会')],
  }),
  // Covered by a regional Party organization and a regional union.
  item({
    id: 'h',
    park: '西安高新区',
    partyOrganizations: [partyOrg('区域性')],
    unions: [unionOrg('区域性')],
  }),
];

describe('groupJointCandidates', () => {
  it('groups party candidates by park, largest first, counting the ungrouped', () => {
    const result = groupJointCandidates(ITEMS, 'PARTY', 'PARK');
    expect(result).toMatchObject({ side: 'PARTY', groupBy: 'PARK', candidates: 6, ungrouped: 1 });
    expect(result.groups).toEqual([
      {
        key: '西安高新区',
        organizations: 3,
        employees: 20,
        employeesUnknown: 1,
        partyMembers: 3,
        organizationIds: ['a', 'b', 'c'],
      },
      {
        key: '杨凌农业高新技术产业示范区',
        organizations: 2,
        employees: 44,
        employeesUnknown: 0,
        partyMembers: 0,
        organizationIds: ['d', 'e'],
      },
    ]);
  });

  it('union candidates exclude unknown employees (no threshold known) and covered units', () => {
    const result = groupJointCandidates(ITEMS, 'UNION', 'PARK');
    expect(result.candidates).toBe(5);
    expect(result.groups.map((g) => [g.key, g.organizationIds])).toEqual([
      ['杨凌农业高新技术产业示范区', ['d', 'e']],
      ['西安高新区', ['a', 'b']],
    ]);
  });

  it('ties on organizations break by employees', () => {
    const result = groupJointCandidates(ITEMS, 'UNION', 'PARK');
    expect(result.groups[0].employees).toBeGreaterThan(result.groups[1].employees);
  });

  it('groups by street from the evaluation, with labels', () => {
    const result = groupJointCandidates(ITEMS, 'PARTY', 'STREET', {
      labels: { '610113001': '小寨路街道' },
    });
    expect(result.groups).toEqual([
      expect.objectContaining({
        key: '610113001',
        label: '小寨路街道',
        organizations: 4,
        organizationIds: ['a', 'b', 'd', 'e'],
      }),
      expect.objectContaining({ key: '610113002', organizations: 1 }),
    ]);
    expect(result.ungrouped).toBe(1);
  });

  it('counts an organization in every chamber it belongs to', () => {
    const result = groupJointCandidates(ITEMS, 'PARTY', 'CHAMBER');
    expect(result.groups.map((g) => [g.key, g.organizationIds])).toEqual([
      ['陕西省软件协会', ['b', 'd']],
      ['西安市浙江商会', ['a', 'b']],
    ]);
    expect(result.ungrouped).toBe(3);
  });

  it('groups by building', () => {
    const result = groupJointCandidates(ITEMS, 'PARTY', 'BUILDING');
    expect(result.groups).toEqual([
      expect.objectContaining({ key: '赛格国际', organizationIds: ['f'] }),
    ]);
    expect(result.ungrouped).toBe(5);
  });
});
