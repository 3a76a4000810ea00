import type { MessagePair } from '../../app/messages-type';

const zh = {
  title: '联合组建',
  intro:
    '规则 J1：未达到单独组建条件且该方面未覆盖的组织，按园区、街道、楼宇或商会分组，' +
    '建议联合组建区域性或行业性组织。',
  side: '方面',
  sides: { PARTY: '党组织', UNION: '工会' },
  groupBy: '分组方式',
  groupings: {
    PARK: '开发区/园区',
    STREET: '乡镇街道',
    BUILDING: '商务楼宇',
    CHAMBER: '商会/行业协会',
  },
  region: '地区',
  shown: '显示组数',
  totals: {
    candidates: 'J1 候选组织',
    groups: '候选分组',
    ungrouped: '无分组属性',
    shownGroups: '显示前 {{n}} 组',
  },
  columns: {
    rank: '排名',
    group: '分组',
    organizations: '组织数',
    employees: '职工人数',
    employeesUnknown: '其中 {{n}} 家人数未知',
    partyMembers: '党员人数',
    covers: '联合组建后可覆盖',
  },
  covers: {
    PARTY: '{{orgs}} 家组织、{{employees}} 名职工、{{members}} 名党员纳入联合党组织',
    UNION: '{{orgs}} 家组织、{{employees}} 名职工纳入联合工会',
  },
  chamberNote: '按商会分组时，同属两个商会的组织在两组中都计入，各组合计可能多于候选总数。',
  members: {
    title: '成员（职工人数从多到少）',
    more: '共 {{total}} 家，显示前 {{shown}} 家',
  },
  unknownStreet: '街道代码 {{code}}',
  empty: '该条件下没有联合组建候选',
};

export const jointMessages: MessagePair<typeof zh> = {
  zh,
  en: {
    title: 'Joint founding',
    intro:
      'Rule J1: organizations below the standalone thresholds and not covered on that side, ' +
      'grouped by park, street, building or chamber into proposed regional or industry joint ' +
      'organizations.',
    side: 'Side',
    sides: { PARTY: 'Party', UNION: 'Union' },
    groupBy: 'Group by',
    groupings: {
      PARK: 'Zone / park',
      STREET: 'Township / street',
      BUILDING: 'Commercial building',
      CHAMBER: 'Chamber / association',
    },
    region: 'Region',
    shown: 'Groups shown',
    totals: {
      candidates: 'J1 candidates',
      groups: 'Groups',
      ungrouped: 'Without the attribute',
      shownGroups: 'First {{n}} groups shown',
    },
    columns: {
      rank: 'Rank',
      group: 'Group',
      organizations: 'Organizations',
      employees: 'Employees',
      employeesUnknown: '{{n}} with unknown employees',
      partyMembers: 'Party members',
      covers: 'A joint organization would cover',
    },
    covers: {
      PARTY: '{{orgs}} organizations, {{employees}} employees, {{members}} Party members',
      UNION: '{{orgs}} organizations, {{employees}} employees',
    },
    chamberNote:
      'By chamber, an organization in two chambers counts in both groups, so the groups can add ' +
      'up to more than the candidates.',
    members: {
      title: 'Members (most employees first)',
      more: '{{shown}} of {{total}} shown',
    },
    unknownStreet: 'Street code {{code}}',
    empty: 'No joint founding candidates under these filters',
  },
};
