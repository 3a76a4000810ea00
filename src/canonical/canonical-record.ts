import type { SourceId } from '../model/feeds';
import type { OrganizationKind } from './organization-kind';

/**
 * The one shape every feed maps its records to (the connector's output, the resolver's input).
 * Fields a feed does not carry are left out; raw department values stay in the landing payload.
 */
export interface CanonicalRecord {
  source: SourceId;
  stream: string;
  /** The department's own stable record key (SPEC: reg_id, USCC, NSRSBH, member_id, …). */
  key: string;
  entity: RecordEntity;
  /** What the department says the organization is, when it says. */
  kind?: OrganizationKind;
  identifiers: IdentifierClaim[];
  name?: string;
  formerNames?: string[];
  legalRepresentative?: string;
  address?: string;
  /** GB/T 2260 six-digit division code. */
  divisionCode?: string;
  /** Township / street code (乡镇街道): the first 9 digits of the statistics 统计区划代码. */
  streetCode?: string;
  /** Development zone or park (所在园区). */
  park?: string;
  /** GB/T 4754-2017 class with its section letter, e.g. `I6510`. */
  industryCode?: string;
  status?: RegistryStatus;
  ownership?: OwnershipHints;
  /** Registration authority (登记管理机关) and its level, for social organizations. */
  registration?: { authority: string; level: RegistrationLevel };
  socialOrgType?: string;
  /** Civil affairs 行业分类 (教育, 卫生健康, …). */
  sector?: string;
  employees?: number;
  partyMembers?: { full: number; probationary: number; instructorAssigned: boolean };
  establishedOn?: string;
  parentUscc?: string;
  events?: RegistryEvent[];
  /** Party organization / union roster entries: how and whom they cover. */
  coverage?: RosterCoverage;
  chambers?: ChamberMembership[];
  /** When the department says the record was last true (updated_at, period end, as_of). */
  observedAt?: string;
}

export type RecordEntity =
  'organization' | 'party-organization' | 'trade-union' | 'member-distribution';

export type IdentifierScheme =
  'uscc' | 'organization-code' | 'registration-number' | 'legacy-tax-id' | 'unknown';

/** An identifier as a department wrote it: validated, never trusted (SPEC "Identifiers"). */
export interface IdentifierClaim {
  scheme: IdentifierScheme;
  raw: string;
  /** Width-, case- and space-folded form; null when nothing usable remains. */
  normalized: string | null;
  valid: boolean;
}

export interface RegistryStatus {
  raw: string;
  /** False for 注销, 吊销, 撤销, 迁出 (POLICY "active"). */
  active: boolean;
}

export interface OwnershipHints {
  /** Market regulation 企业类型 (ent_type). */
  entType?: string;
  /** Statistics 控股情况 code 1–5 or 9. */
  holding?: string;
  /** Statistics 机构类型 code. */
  institutionType?: string;
  /** Statistics 单位类型: 法人单位 or 产业活动单位. */
  unitType?: string;
}

export type RegistrationLevel = 'national' | 'provincial' | 'city' | 'county';

export interface RegistryEvent {
  type: 'NAME_CHANGE' | 'ENT_TYPE_CHANGE' | 'ADDRESS_CHANGE' | 'STATUS_CHANGE';
  date: string;
  before: string | null;
  after: string | null;
}

export interface RosterCoverage {
  form: string;
  level?: string;
  coveredUnits: Array<{ identifier: IdentifierClaim | null; name: string }>;
  area?: { kind: string; name: string };
  sponsor?: { identifier: IdentifierClaim | null; name: string };
  venue?: {
    place: boolean;
    facilities: boolean;
    signage: boolean;
    flag: boolean;
    books: boolean;
    rules: boolean;
  };
  members?: number;
}

export interface ChamberMembership {
  name: string;
  identifier: IdentifierClaim | null;
  role: string;
}

/** Statuses that end an organization's life in its registry (POLICY "active"). */
export const INACTIVE_STATUSES: readonly string[] = ['注销', '吊销', '撤销', '迁出'];

export function registryStatus(raw: string): RegistryStatus {
  return { raw, active: !INACTIVE_STATUSES.includes(raw) };
}
