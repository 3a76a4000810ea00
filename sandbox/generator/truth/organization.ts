import type { County } from '../reference/divisions';
import type { IndustryRow } from '../reference/industry-classes';
import type { Area } from '../world/areas';

/** Every kind of organization POLICY names, plus the public ones it excludes. */
export type OrgKind =
  | 'private-company'
  | 'private-joint-stock'
  | 'sole-proprietorship'
  | 'partnership'
  | 'individual-business'
  | 'farmers-coop'
  | 'hmt-invested'
  | 'foreign-invested'
  | 'state-owned'
  | 'collective'
  | 'converted'
  | 'branch'
  | 'social-group'
  | 'chamber'
  | 'private-school'
  | 'private-hospital'
  | 'social-service'
  | 'foundation'
  | 'law-firm'
  | 'accounting-firm'
  | 'tax-agent-firm';

/** Life cycle in the owning registry: 存续/在业, 注销, 吊销, 迁出 (social: 正常, 注销, 撤销). */
export type Lifecycle = 'active' | 'cancelled' | 'revoked' | 'moved-out';

export type RegistrationLevel = 'national' | 'provincial' | 'city' | 'county';

/** Civil-affairs registration facts of a social organization (社会组织). */
export interface SocialRegistration {
  type: '社会团体' | '民办非企业单位' | '社会服务机构' | '基金会';
  level: RegistrationLevel;
  authority: string;
  supervisor: string;
  category: string;
  scope: string;
}

/** A state-owned or collective enterprise converted to non-public ownership (改制, rule C1). */
export interface Conversion {
  date: string;
  fromType: string;
  toType: string;
}

/** One organization of the ground-truth province. Feeds are views of these, with noise. */
export interface TrueOrg {
  /** Stable true id, `O0000001`. */
  id: string;
  index: number;
  kind: OrgKind;
  name: string;
  formerNames: string[];
  /** Date of the last name change (NAME_CHANGE event), when formerNames is not empty. */
  nameChangeDate: string | null;
  /** True USCC; null for a legacy organization that never re-registered. */
  uscc: string | null;
  /** Nine-character organization code (GB 11714), also embedded in the USCC. */
  orgCode: string;
  /** Legacy 15-digit registration number, for market-regulation kinds established before 2015. */
  regNo: string | null;
  /** Registered before the USCC reform: some departments still file it under old identifiers. */
  legacy: boolean;
  county: County;
  street9: string;
  /** Statistics 12-digit code (street + 3-digit village/community). */
  code12: string;
  address: string;
  /** Address before an ADDRESS_CHANGE event; other departments may still hold it. */
  formerAddress: string | null;
  addressChangeDate: string | null;
  industry: IndustryRow;
  estDate: string;
  lifecycle: Lifecycle;
  lifecycleDate: string | null;
  legalRep: string;
  regCapital: string;
  /** Market-regulation enterprise type (企业类型), null for kinds it does not register. */
  entType: string | null;
  /** True holding type (控股情况) as statistics codes it. */
  holding: '1' | '2' | '3' | '4' | '5' | '9';
  /** Statistics institution type (机构类型). */
  institutionType: '10' | '20' | '40' | '51' | '52' | '53' | '90';
  employees: number;
  revenueK: number;
  fullMembers: number;
  probationaryMembers: number;
  instructorAssigned: boolean;
  parent: TrueOrg | null;
  conversion: Conversion | null;
  social: SocialRegistration | null;
  area: Area | null;
  /** Chamber / association memberships (indexes of chamber organizations) with roles. */
  chambers: { index: number; role: string }[];
  /** Last change in the market-regulation record (ISO, +08:00). */
  updatedAt: string;
  /** Which non-owning departments know it. */
  inTax: boolean;
  inStatistics: boolean;
  inFederation: boolean;
  /**
   * Threshold fixtures (exactly 24/25/26/10/30 employees, 2/3 members): never faulted, never
   * disagreeing.
   */
  pinned: boolean;
}

/** True when POLICY's market regulation registry owns this kind. */
export function isMarketKind(kind: OrgKind): boolean {
  return !isSocialKind(kind) && kind !== 'law-firm';
}

/** True for social organizations (civil-affairs registered). */
export function isSocialKind(kind: OrgKind): boolean {
  return (
    kind === 'social-group' ||
    kind === 'chamber' ||
    kind === 'private-school' ||
    kind === 'private-hospital' ||
    kind === 'social-service' ||
    kind === 'foundation'
  );
}
