import type { MessagePair } from '../../app/messages-type';

const zh = {
  title: '数据反馈',
  intro: '各部门数据与其他部门不一致或未通过校验的记录，反馈给部门核实更正',
  department: '部门',
  ownOnly: '部门密钥只能查看本部门的数据',
  field: '差异类型',
  fields: {
    EMPLOYEES: '从业人员',
    STATUS: '登记状态',
    DIVISION: '所属区划',
    NAME: '单位名称',
    IDENTIFIER: '代码与名册引用',
    ABSENT: '全量名单缺失',
    FEEDBACK: '核查反馈',
  },
  count: '差异记录',
  table: {
    organization: '组织',
    recordKey: '部门记录号',
    value: '本部门数据',
    others: '其他部门数据',
    detail: '说明',
    unresolved: '未关联到组织',
  },
  value: {
    empty: '（空）',
    active: '在营',
    inactive: '不在营',
    persons: '{{count}} 人',
    lastSeen: '（最后出现于 {{day}}）',
    typed: '填报代码 {{code}}',
    notTyped: '未填报代码',
  },
  empty: '该部门此类差异为零',
};

export const feedbackMessages: MessagePair<typeof zh> = {
  zh,
  en: {
    title: 'Feedback to departments',
    intro:
      "Records of a department that disagree with the other departments' or fail validation, " +
      'for the department to check and correct',
    department: 'Department',
    ownOnly: "A department's key sees its own feed only",
    field: 'Discrepancy',
    fields: {
      EMPLOYEES: 'Employees',
      STATUS: 'Status',
      DIVISION: 'Division',
      NAME: 'Name',
      IDENTIFIER: 'Identifiers and roster references',
      ABSENT: 'Missing from the full snapshot',
      FEEDBACK: 'Corrections asked for',
    },
    count: 'Discrepancies',
    table: {
      organization: 'Organization',
      recordKey: 'Record key',
      value: "The department's value",
      others: "Other departments' values",
      detail: 'Detail',
      unresolved: 'Resolved to no organization',
    },
    value: {
      empty: '(empty)',
      active: 'active',
      inactive: 'not active',
      persons: '{{count}} persons',
      lastSeen: ' (last seen {{day}})',
      typed: 'typed code {{code}}',
      notTyped: 'no code typed',
    },
    empty: 'No discrepancies of this kind for this department',
  },
};
