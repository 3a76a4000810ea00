import type { SourceId } from '../model/feeds';
import type { RegistrationLevel, RegistryEvent } from '../canonical/canonical-record';
import type { OrganizationKind } from '../canonical/organization-kind';
import type { EmployeeSource } from './rule-set';

/** Party organization forms as the party-org roster writes them (SPEC §6). */
export type PartyOrganizationForm = '单独组建' | '联合组建' | '区域性' | '行业性';
/** Union forms as the trade-union roster writes them (SPEC §7). */
export type UnionForm = '单独建会' | '联合建会' | '区域性' | '行业性';

/**
 * One roster entry (Party organization or union) whose covered units resolve to the organization.
 */
export interface CoveringOrganization<Form extends string> {
  id: string;
  form: Form;
  /** Roster status is not 撤销. */
  active: boolean;
  /** `YYYY-MM-DD`; an entry established after the evaluation date is ignored. */
  establishedOn?: string;
}

/**
 * What the resolver knows of one resolved organization: the input of the coverage evaluation.
 * A plain serialisable object (no Dates, no classes) so it can be stored, replayed and diffed.
 * Branches are organizations of their own (POLICY "Per resolved organization").
 */
export interface OrganizationFacts {
  id: string;
  /** Golden name; "名称 contains 会计师事务所 / 税务师事务所" (POLICY "category"). */
  name: string;
  /**
   * Picks the owning registry: "market regulation for enterprises and individual businesses, civil
   * affairs for social organizations, else tax, else statistics".
   */
  kind: OrganizationKind;
  /** USCC chars 1–2 of a valid USCC: "USCC category is 51/52/53" / "a law firm (USCC 31)". */
  usccCategory?: string;
  /**
   * `YYYY-MM-DD` the organization was registered (est_date, 成立登记日期, DJRQ); after the evaluation
   * date it is ignored.
   */
  establishedOn?: string;
  /**
   * Current status as each registry states it (存续, 正常, 注销…): "the status in the registry that owns
   * its kind … is not 注销, 吊销, 撤销 or 迁出".
   */
  statusBySource: Partial<Record<SourceId, string>>;
  /** "social organization when … civil affairs registers it". */
  civilAffairsRegistered: boolean;
  /** Civil affairs 社会组织类型 (社会团体, 民办非企业单位, 社会服务机构, 基金会), for K1. */
  socialOrgType?: string;
  /** Civil affairs 登记管理机关: "社会团体 registered by 民政部 or a provincial 民政厅". */
  registrationAuthority?: string;
  /** Level of the 登记管理机关 when the connector derived it; wins over the authority text. */
  registrationLevel?: RegistrationLevel;
  /** Civil affairs 行业分类: "民办非企业单位 / 社会服务机构 with 行业分类 教育 or 卫生健康". */
  sector?: string;
  /** Statistics 控股情况 code: "non-public when … 3, 4 or 5, public when it is 1 or 2". */
  holding?: string;
  /**
   * Market regulation ent_type (current): "without it public exactly when the ent_type says 国有 /
   * 全民所有制 / 集体所有制".
   */
  entType?: string;
  /**
   * Employee counts, each from that source's latest period on or before the evaluation date:
   * statistics 期末从业人员, tax DKDJRS, civil affairs 专职工作人员数, a STANDALONE union's
   * employees_reported (only a 单独建会 union speaks for one organization; the evaluation also
   * ignores it unless a standalone union covers the organization on the date), federation
   * employees_reported. "the first present of …".
   */
  employeesBySource: Partial<Record<EmployeeSource, number>>;
  /** Member-distribution full_members: "party members: full_members (0 when absent)". */
  fullPartyMembers?: number;
  /** Member-distribution instructor_assigned: "else WORK_ONLY when an instructor is assigned". */
  instructorAssigned: boolean;
  /** "an active Party organization whose covered units resolve to it". */
  partyOrganizations: Array<CoveringOrganization<PartyOrganizationForm>>;
  /** "Union coverage the same from the union roster". */
  unions: Array<CoveringOrganization<UnionForm>>;
  /**
   * Market-regulation events: "a conversion event (ENT_TYPE_CHANGE from a state-owned or collective
   * type to a non-public one)"; STATUS_CHANGE / ENT_TYPE_CHANGE after the evaluation date are
   * undone.
   */
  events: RegistryEvent[];
  /**
   * Six-digit division code per registry: "the division code from the owning registry, … else tax".
   */
  divisionBySource: Partial<Record<SourceId, string>>;
  /**
   * Statistics 统计区划代码 (12 digits): "else statistics (first 6 digits …)"; digits 1–9 are the
   * township / street.
   */
  statisticsAreaCode?: string;
  /**
   * Golden GB/T 4754-2017 code with its section letter (`I6510`), for the by-industry breakdown.
   */
  industryCode?: string;
  /** Statistics 所在园区 (J1 grouping by park). */
  park?: string;
  /** Commercial building (商务楼宇) when a roster or address names one (J1 grouping). */
  building?: string;
  /** Federation chambers / associations the organization belongs to (J1 grouping). */
  chambers: string[];
}
