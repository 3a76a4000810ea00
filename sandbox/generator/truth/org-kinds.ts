import type { OrgKind, TrueOrg } from './organization';

/** Per-kind shares and shapes of the ground truth. Shares are relative weights. */
export interface KindProfile {
  share: number;
  /** Median and log-spread of employees (从业人员). */
  employees: readonly [median: number, sigma: number];
  /** Full Party members per employee, roughly. */
  partyRate: number;
  /** Chance to be in the tax registry / the statistics directory while active. */
  tax: number;
  statistics: number;
  /** USCC chars 1–2 and the org-code prefix of its issuer. */
  usccCategory: string;
  codePrefix: string;
  holding: TrueOrg['holding'];
  institutionType: TrueOrg['institutionType'];
  /** Industry tag (see industry-classes.ts) the kind draws classes from. */
  industryTag: string;
}

export const KIND_PROFILES: Readonly<Record<OrgKind, KindProfile>> = {
  'private-company': { share: 300, employees: [12, 1.2], partyRate: 0.04, tax: 0.92, statistics: 0.55, usccCategory: '91', codePrefix: 'MA', holding: '3', institutionType: '10', industryTag: 'e' },
  'private-joint-stock': { share: 25, employees: [60, 1.0], partyRate: 0.06, tax: 0.97, statistics: 0.9, usccCategory: '91', codePrefix: 'MA', holding: '3', institutionType: '10', industryTag: 'e' },
  'sole-proprietorship': { share: 35, employees: [4, 0.8], partyRate: 0.03, tax: 0.8, statistics: 0.3, usccCategory: '91', codePrefix: 'MA', holding: '3', institutionType: '10', industryTag: 'i' },
  partnership: { share: 25, employees: [5, 0.9], partyRate: 0.04, tax: 0.85, statistics: 0.35, usccCategory: '91', codePrefix: 'MA', holding: '3', institutionType: '10', industryTag: 'e' },
  'individual-business': { share: 280, employees: [2, 0.7], partyRate: 0.03, tax: 0.45, statistics: 0.03, usccCategory: '92', codePrefix: 'MA', holding: '3', institutionType: '90', industryTag: 'i' },
  'farmers-coop': { share: 45, employees: [6, 0.8], partyRate: 0.06, tax: 0.35, statistics: 0.4, usccCategory: '93', codePrefix: 'MA', holding: '9', institutionType: '90', industryTag: 'a' },
  'hmt-invested': { share: 8, employees: [40, 1.0], partyRate: 0.03, tax: 0.98, statistics: 0.9, usccCategory: '91', codePrefix: 'MA', holding: '4', institutionType: '10', industryTag: 'e' },
  'foreign-invested': { share: 8, employees: [45, 1.0], partyRate: 0.03, tax: 0.98, statistics: 0.9, usccCategory: '91', codePrefix: 'MA', holding: '5', institutionType: '10', industryTag: 'e' },
  'state-owned': { share: 14, employees: [150, 1.1], partyRate: 0.25, tax: 0.98, statistics: 0.95, usccCategory: '91', codePrefix: 'MA', holding: '1', institutionType: '10', industryTag: 's' },
  collective: { share: 9, employees: [30, 1.0], partyRate: 0.15, tax: 0.9, statistics: 0.9, usccCategory: '91', codePrefix: 'MA', holding: '2', institutionType: '10', industryTag: 'e' },
  converted: { share: 12, employees: [80, 1.0], partyRate: 0.12, tax: 0.97, statistics: 0.9, usccCategory: '91', codePrefix: 'MA', holding: '3', institutionType: '10', industryTag: 'e' },
  branch: { share: 70, employees: [10, 1.0], partyRate: 0.05, tax: 0.7, statistics: 0.55, usccCategory: '91', codePrefix: 'MA', holding: '3', institutionType: '10', industryTag: 'e' },
  'social-group': { share: 30, employees: [3, 0.8], partyRate: 0.15, tax: 0.35, statistics: 0.5, usccCategory: '51', codePrefix: 'MJ', holding: '9', institutionType: '40', industryTag: 'g' },
  chamber: { share: 0, employees: [6, 0.6], partyRate: 0.2, tax: 0.4, statistics: 0.6, usccCategory: '51', codePrefix: 'MJ', holding: '9', institutionType: '40', industryTag: 'g' },
  'private-school': { share: 18, employees: [35, 0.8], partyRate: 0.12, tax: 0.5, statistics: 0.7, usccCategory: '52', codePrefix: 'MJ', holding: '9', institutionType: '51', industryTag: 'p' },
  'private-hospital': { share: 10, employees: [45, 0.9], partyRate: 0.12, tax: 0.6, statistics: 0.7, usccCategory: '52', codePrefix: 'MJ', holding: '9', institutionType: '51', industryTag: 'h' },
  'social-service': { share: 14, employees: [8, 0.8], partyRate: 0.1, tax: 0.4, statistics: 0.5, usccCategory: '52', codePrefix: 'MJ', holding: '9', institutionType: '51', industryTag: 'r' },
  foundation: { share: 3, employees: [5, 0.7], partyRate: 0.2, tax: 0.3, statistics: 0.5, usccCategory: '53', codePrefix: 'MJ', holding: '9', institutionType: '52', industryTag: 'z' },
  'law-firm': { share: 5, employees: [15, 0.8], partyRate: 0.2, tax: 0.9, statistics: 0.7, usccCategory: '31', codePrefix: 'MD', holding: '9', institutionType: '53', industryTag: 'l' },
  'accounting-firm': { share: 3, employees: [12, 0.8], partyRate: 0.15, tax: 0.95, statistics: 0.8, usccCategory: '91', codePrefix: 'MA', holding: '3', institutionType: '10', industryTag: 'f' },
  'tax-agent-firm': { share: 2, employees: [8, 0.7], partyRate: 0.15, tax: 0.95, statistics: 0.7, usccCategory: '91', codePrefix: 'MA', holding: '3', institutionType: '10', industryTag: 'f' },
};

/** Weighted list for drawing the kind of a new (non-chamber) organization. */
export const KIND_WEIGHTS: readonly (readonly [OrgKind, number])[] = (Object.keys(KIND_PROFILES) as OrgKind[])
  .filter((k) => KIND_PROFILES[k].share > 0)
  .map((k) => [k, KIND_PROFILES[k].share] as const);

/** Values that sit on POLICY thresholds: ≥ 3 members, ≥ 10 / 25 / 30 employees. */
export const EMPLOYEE_BOUNDARIES = [9, 10, 11, 24, 25, 26, 29, 30, 31] as const;
export const MEMBER_BOUNDARIES = [2, 3] as const;
