/**
 * The organization attributes (属性) a department's record states, declared once. Each entry says
 * where a canonical record states it, which precedence decides between departments, whether it is
 * kept as a golden column of `organization` (the rest stay as statements in
 * `organization_attribute`, JSON), and whether the discrepancy report compares it. Landing,
 * survivorship, the golden refresh, the organization select list and the GraphQL node derive from
 * this catalog.
 */
import type { CanonicalRecord } from '../canonical/canonical-record';

/** Which ranking of the feeds decides an attribute (see `SOURCE_PRECEDENCE`). */
export type Precedence = 'identity' | 'employees' | 'industry';

/** A golden column: its SQL type and what an organization no department states it for has. */
export interface GoldenColumn {
  column: string;
  sql: 'text' | 'int' | 'boolean';
  /** `keep`: the column keeps its last value when no department states one; else this value. */
  absent: 'keep' | null | boolean;
  /** A new organization's value when its founding record states none (for `keep` columns). */
  initial?: string;
}

export interface AttributeEntry {
  /** The term the departments use. */
  label: string;
  /** Where a canonical record states it; undefined states nothing. */
  stated: (record: CanonicalRecord) => unknown;
  precedence: Precedence;
  golden?: GoldenColumn;
  /** Compared across departments in the discrepancy report. */
  compared?: boolean;
  /** Shown in `Organization.conflicts` when departments state different values. */
  conflicts?: true;
  /** Personal data (个人信息): masked for the roles that may not see it. */
  personal?: true;
}

const listOrNothing = <T>(list: T[] | undefined) => (list && list.length > 0 ? list : undefined);

export const ATTRIBUTES = {
  name: {
    label: '名称',
    stated: (r) => r.name,
    precedence: 'identity',
    golden: { column: 'name', sql: 'text', absent: 'keep' },
    compared: true,
    conflicts: true,
  },
  formerNames: {
    label: '曾用名',
    stated: (r) => listOrNothing(r.formerNames),
    precedence: 'identity',
  },
  kind: {
    label: '组织类型',
    stated: (r) => r.kind,
    precedence: 'identity',
    golden: { column: 'kind', sql: 'text', absent: 'keep', initial: 'OTHER' },
  },
  status: {
    label: '登记状态',
    stated: (r) => r.status?.raw,
    precedence: 'identity',
    golden: { column: 'status', sql: 'text', absent: null },
  },
  active: {
    label: '存续',
    stated: (r) => r.status?.active,
    precedence: 'identity',
    golden: { column: 'active', sql: 'boolean', absent: true },
    compared: true,
    conflicts: true,
  },
  divisionCode: {
    label: '行政区划',
    stated: (r) => r.divisionCode,
    precedence: 'identity',
    golden: { column: 'division_code', sql: 'text', absent: null },
    compared: true,
    conflicts: true,
  },
  industryCode: {
    label: '行业代码',
    stated: (r) => r.industryCode,
    precedence: 'industry',
    golden: { column: 'industry_code', sql: 'text', absent: null },
    conflicts: true,
  },
  employees: {
    label: '从业人员',
    stated: (r) => r.employees,
    precedence: 'employees',
    golden: { column: 'employees', sql: 'int', absent: null },
    compared: true,
    conflicts: true,
  },
  legalRepresentative: {
    label: '法定代表人',
    stated: (r) => r.legalRepresentative,
    precedence: 'identity',
    conflicts: true,
    personal: true,
  },
  address: {
    label: '住所',
    stated: (r) => r.address,
    precedence: 'identity',
    conflicts: true,
    personal: true,
  },
  establishedOn: {
    label: '成立日期',
    stated: (r) => r.establishedOn,
    precedence: 'identity',
    conflicts: true,
  },
  entType: { label: '企业类型', stated: (r) => r.ownership?.entType, precedence: 'identity' },
  parentUscc: { label: '隶属企业', stated: (r) => r.parentUscc, precedence: 'identity' },
  holding: { label: '控股情况', stated: (r) => r.ownership?.holding, precedence: 'identity' },
  institutionType: {
    label: '机构类型',
    stated: (r) => r.ownership?.institutionType,
    precedence: 'identity',
  },
  unitType: { label: '单位类型', stated: (r) => r.ownership?.unitType, precedence: 'identity' },
  socialOrgType: { label: '社会组织类型', stated: (r) => r.socialOrgType, precedence: 'identity' },
  registrationAuthority: {
    label: '登记管理机关',
    stated: (r) => r.registration?.authority,
    precedence: 'identity',
  },
  registrationLevel: {
    label: '登记级别',
    stated: (r) => r.registration?.level,
    precedence: 'identity',
  },
  sector: { label: '行业分类', stated: (r) => r.sector, precedence: 'identity' },
  streetCode: { label: '乡镇街道', stated: (r) => r.streetCode, precedence: 'identity' },
  park: { label: '所在园区', stated: (r) => r.park, precedence: 'identity' },
  events: { label: '变更事项', stated: (r) => listOrNothing(r.events), precedence: 'identity' },
  fullPartyMembers: {
    label: '正式党员',
    stated: (r) => r.partyMembers?.full,
    precedence: 'identity',
  },
  probationaryMembers: {
    label: '预备党员',
    stated: (r) => r.partyMembers?.probationary,
    precedence: 'identity',
  },
  instructorAssigned: {
    label: '党建指导员',
    stated: (r) => r.partyMembers?.instructorAssigned,
    precedence: 'identity',
  },
} as const satisfies Record<string, AttributeEntry>;

export type AttributeName = keyof typeof ATTRIBUTES;

export const ATTRIBUTE_NAMES = Object.keys(ATTRIBUTES) as AttributeName[];

type GoldenName = {
  [N in AttributeName]: (typeof ATTRIBUTES)[N] extends { golden: GoldenColumn } ? N : never;
}[AttributeName];

/** The attributes the discrepancy report compares across departments. */
export type ComparedName = {
  [N in AttributeName]: (typeof ATTRIBUTES)[N] extends { compared: true } ? N : never;
}[AttributeName];

/** The attributes kept as columns of `organization`, in catalog order. */
export const GOLDEN_ATTRIBUTES = ATTRIBUTE_NAMES.filter(
  (name): name is GoldenName => 'golden' in ATTRIBUTES[name],
).map((name) => ({ name, ...(ATTRIBUTES[name] as { golden: GoldenColumn }).golden }));

/** The attributes `Organization.conflicts` compares. */
export const CONFLICT_ATTRIBUTES = ATTRIBUTE_NAMES.filter(
  (name) => 'conflicts' in ATTRIBUTES[name],
);

/** The attributes that are personal data. */
export const PERSONAL_ATTRIBUTES: ReadonlySet<AttributeName> = new Set(
  ATTRIBUTE_NAMES.filter((name) => 'personal' in ATTRIBUTES[name]),
);
