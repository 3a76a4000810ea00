import type { MessagePair } from '../../app/messages-type';

const zh = {
  title: '未覆盖清单',
  intro: '按规则列出应覆盖而未覆盖的组织及其原因，可按地区、行业、类型筛选并导出。',
  rule: '缺口规则',
  open: '当前 {{n}} 个',
  filters: {
    region: '地区',
    industry: '行业',
    kind: '组织类型',
    ownership: '经济类型',
    orderBy: '排序',
    asOf: '截至日期',
    asOfPlaceholder: '当前',
    reset: '清除筛选',
  },
  order: {
    ORGANIZATION_ID: '按组织编号',
    EMPLOYEES_DESC: '职工人数从多到少',
    PARTY_MEMBERS_DESC: '党员人数从多到少',
  },
  columns: {
    coverage: '覆盖情况',
    partyMembers: '党员',
    sources: '数据来源',
  },
  total: '共 {{n}} 个组织',
  totalAsOf: '截至 {{day}} 共 {{n}} 个组织',
  empty: '该条件下没有此类缺口',
  exportHint: '导出当前的全部缺口（按组织编号排序，不含截至日期）',
};

export const gapsMessages: MessagePair<typeof zh> = {
  zh,
  en: {
    title: 'Gaps',
    intro:
      'Organizations a rule says should be covered and are not, with the reason; filter by ' +
      'region, industry and kind, and export.',
    rule: 'Gap rule',
    open: '{{n}} open',
    filters: {
      region: 'Region',
      industry: 'Industry',
      kind: 'Kind',
      ownership: 'Ownership',
      orderBy: 'Order',
      asOf: 'As of',
      asOfPlaceholder: 'Now',
      reset: 'Clear filters',
    },
    order: {
      ORGANIZATION_ID: 'By organization id',
      EMPLOYEES_DESC: 'Most employees first',
      PARTY_MEMBERS_DESC: 'Most Party members first',
    },
    columns: {
      coverage: 'Coverage',
      partyMembers: 'Party members',
      sources: 'Sources',
    },
    total: '{{n}} organizations',
    totalAsOf: '{{n}} organizations as of {{day}}',
    empty: 'No such gaps under these filters',
    exportHint: 'Exports all current gaps (organization id order, without the as-of date)',
  },
};
