import { INDUSTRY_CLASSES } from '../reference/industry-classes';
import type { CoverageForm, OrgView } from './org-view';

/**
 * POLICY "How each rule is evaluated" (rule set shaanxi-2021), applied to one organization's
 * views. Written independently of the hub's rule engine so the two can check each other.
 */
export type PartyCoverage = CoverageForm | 'WORK_ONLY' | 'NONE';
export type UnionCoverage = CoverageForm | 'NONE';

/** Every rule's outcome for one organization. */
export interface Evaluation {
  active: boolean;
  inScope: boolean;
  category: 'social' | 'professional' | 'non-public' | 'public';
  employees: number | null;
  partyMembers: number;
  party: PartyCoverage;
  union: UnionCoverage;
  /**
   * City code (`610100`…; Yangling rolls into `610400`), null when no department gives a division.
   */
  city: string | null;
  /** GB/T 4754 section letter, or `unknown`. */
  section: string;
  flags: {
    p1Required: boolean;
    p1Gap: boolean;
    u1Required: boolean;
    u1Gap: boolean;
    k1Target: boolean;
    k1PartyGap: boolean;
    k1UnionGap: boolean;
    m1: boolean;
    m2: boolean;
    converted: boolean;
    c1Gap: boolean;
    j1Party: boolean;
    j1Union: boolean;
    employeesUnknown: boolean;
  };
}

/** Thresholds of rule set shaanxi-2021 (POLICY). */
export const RULE_SET = {
  id: 'shaanxi-2021',
  partyMembers: 3,
  unionEmployees: 25,
  k1NonPublicEmployees: 10,
  k1SchoolHospitalEmployees: 30,
} as const;

const INACTIVE = ['注销', '吊销', '撤销', '迁出'];
const FORM_ORDER: readonly CoverageForm[] = ['STANDALONE', 'JOINT', 'REGIONAL', 'INDUSTRY'];
const SECTION_OF = new Map(INDUSTRY_CLASSES.map((r) => [r[0], r[1]]));

/**
 * Evaluates every rule for one organization from what the departments (validly) said about it.
 * @param org its USCC (category chars) and canonical name (会计师事务所 / 税务师事务所 test)
 */
export function evaluate(org: { uscc: string | null; name: string }, view: OrgView): Evaluation {
  // Owning registry first (market regulation / civil affairs), else tax, else statistics.
  let status: string | null = null;
  let division: string | null = null;
  if (view.market) [status, division] = [view.market.status, view.market.division];
  else if (view.civil) [status, division] = [view.civil.status, view.civil.division];
  else if (view.tax) [status, division] = [view.tax.status, view.tax.division];
  else if (view.statistics) [status, division] = ['', view.statistics.code12.slice(0, 6)];
  const known = status !== null;
  const active = known && !INACTIVE.includes(status ?? '');
  division ??= view.statistics?.code12.slice(0, 6) ?? view.tax?.division ?? null;

  const usccCategory = org.uscc?.slice(0, 2) ?? '';
  let category: Evaluation['category'];
  if (['51', '52', '53'].includes(usccCategory) || view.civil) category = 'social';
  else if (usccCategory === '31' || /会计师事务所|税务师事务所/.test(org.name))
    category = 'professional';
  else {
    const holding = view.statistics?.holding ?? '';
    if (['3', '4', '5'].includes(holding)) category = 'non-public';
    else if (['1', '2'].includes(holding)) category = 'public';
    else
      category = /国有|全民所有制|集体所有制/.test(view.market?.entType ?? '')
        ? 'public'
        : 'non-public';
  }
  const inScope = category !== 'public';
  const counted = active && inScope;

  const employees =
    view.statistics?.employees ??
    view.tax?.withheld ??
    view.civil?.staff ??
    view.unionStandaloneReported ??
    view.federationEmployees ??
    null;
  const partyForm = FORM_ORDER.find((f) => view.partyForms.has(f));
  const party: PartyCoverage = partyForm ?? (view.instructor ? 'WORK_ONLY' : 'NONE');
  const union: UnionCoverage = FORM_ORDER.find((f) => view.unionForms.has(f)) ?? 'NONE';
  const partyUncovered = party === 'NONE' || party === 'WORK_ONLY';
  const members = view.partyMembers;

  const civil = view.civil;
  const k1Target =
    counted &&
    ((category === 'non-public' &&
      employees !== null &&
      employees >= RULE_SET.k1NonPublicEmployees) ||
      (civil?.type === '社会团体' && /民政部|省民政厅/.test(civil.authority)) ||
      ((civil?.type === '民办非企业单位' || civil?.type === '社会服务机构') &&
        ['教育', '卫生健康'].includes(civil.category) &&
        employees !== null &&
        employees >= RULE_SET.k1SchoolHospitalEmployees) ||
      category === 'professional');
  const p1Required = counted && members >= RULE_SET.partyMembers;
  const u1Required = counted && employees !== null && employees >= RULE_SET.unionEmployees;
  const converted = counted && view.market?.converted === true;
  const industry4 =
    view.statistics?.industry4 ?? view.market?.industry4 ?? view.tax?.industry4 ?? '';
  return {
    active,
    inScope,
    category,
    employees,
    partyMembers: members,
    party,
    union,
    city: division ? `${division.slice(0, 4)}00` : null,
    section: SECTION_OF.get(industry4.padStart(4, '0')) ?? 'unknown',
    flags: {
      p1Required,
      p1Gap: p1Required && party !== 'STANDALONE',
      u1Required,
      u1Gap: u1Required && union !== 'STANDALONE',
      k1Target,
      k1PartyGap: k1Target && partyUncovered,
      k1UnionGap: k1Target && union === 'NONE',
      m1: counted && party === 'STANDALONE' && union === 'NONE',
      m2: counted && union === 'STANDALONE' && partyUncovered,
      converted,
      c1Gap: converted && (partyUncovered || union === 'NONE'),
      j1Party: counted && members < RULE_SET.partyMembers && partyUncovered,
      j1Union:
        counted && employees !== null && employees < RULE_SET.unionEmployees && union === 'NONE',
      employeesUnknown: counted && employees === null,
    },
  };
}
