import { createHash } from 'node:crypto';
import { z } from 'zod';
import { EMPLOYEE_SOURCES, SOURCE_IDS, type EmployeeSource } from '../model/feeds';
import { ORGANIZATION_KINDS } from '../canonical/organization-kind';

export { EMPLOYEE_SOURCES, type EmployeeSource };

/** Policy categories of an organization (POLICY "category"). */
export const CATEGORIES = [
  'NON_PUBLIC_ECONOMIC',
  'PUBLIC_ECONOMIC',
  'SOCIAL_ORGANIZATION',
  'PROFESSIONAL_FIRM',
] as const;
/** Policy category of an organization. */
export type Category = (typeof CATEGORIES)[number];

const REGISTRATION_LEVELS = ['national', 'provincial', 'city', 'county'] as const;

const nonEmpty = z.array(z.string().min(1)).min(1);
const count = z.number().int().min(0);
const divisionCode = z.string().regex(/^\d{6}$/);
const compiles = (pattern: string) => {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
};

/**
 * Which registry's status (and division) decides for an organization (POLICY "active",
 * "Region"). Entries are tried in order; an entry matches when the organization's kind is in
 * `kinds` (if given) and its category in `categories` (if given). Within `order`, the first
 * source that states a value decides.
 */
const OwningRegistry = z.object({
  kinds: z.array(z.enum(ORGANIZATION_KINDS)).optional(),
  categories: z.array(z.enum(CATEGORIES)).optional(),
  order: z.array(z.enum(SOURCE_IDS)).min(1),
});

/**
 * A coverage rule set (规则集) as versioned data: thresholds and vocabularies of one province's
 * policy. Everything the evaluation decides by a number or a word of the policy lives here, so a
 * second province is a second JSON document, not new code.
 */
export const RuleSet = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** Date the rule set took effect (`YYYY-MM-DD`), for the record. */
    version: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** The policy document it encodes. */
    document: z.string().min(1),
    thresholds: z.object({
      /** P1: full (正式) Party members from which a standalone Party organization is due. */
      partyMembersForStandalone: count,
      /** U1: employees from which a standalone trade union is due. */
      employeesForStandaloneUnion: count,
      /** K1: employees of a non-public economic organization that make it a key target. */
      keyNonPublicEmployees: count,
      /** K1: employees of a private school / hospital that make it a key target. */
      keySchoolHospitalEmployees: count,
    }),
    /** Registry statuses that end an organization's life (POLICY "active"). */
    inactiveStatuses: nonEmpty,
    ownership: z.object({
      /** Statistics 控股情况 codes meaning non-public (私人, 港澳台商, 外商控股). */
      nonPublicHoldings: nonEmpty,
      /** Statistics 控股情况 codes meaning public (国有, 集体控股). */
      publicHoldings: nonEmpty,
      /** Words of a market-regulation ent_type that mean a public (state / collective) unit. */
      publicEntTypeMarkers: nonEmpty,
    }),
    socialOrganizations: z.object({
      /** USCC category (chars 1–2) of civil-affairs registrations. */
      usccCategories: nonEmpty,
    }),
    professionalFirms: z.object({
      usccCategories: nonEmpty,
      nameMarkers: nonEmpty,
      kinds: z.array(z.enum(ORGANIZATION_KINDS)),
    }),
    keyTargets: z.object({
      socialGroups: z.object({
        /** Civil affairs 社会组织类型 of a social group. */
        orgTypes: nonEmpty,
        /** Registration levels that make a social group a key target. */
        levels: z.array(z.enum(REGISTRATION_LEVELS)).min(1),
        /** Registration level from the 登记管理机关 when the level itself is not stated. */
        authorityLevels: z.array(
          z.object({
            pattern: z.string().min(1).refine(compiles, 'not a regular expression'),
            level: z.enum(REGISTRATION_LEVELS),
          }),
        ),
      }),
      schoolsAndHospitals: z.object({
        orgTypes: nonEmpty,
        /** Civil affairs 行业分类 of schools and hospitals. */
        sectors: nonEmpty,
      }),
    }),
    owningRegistries: z.array(OwningRegistry).min(1),
    /** Where the division comes from when the owning registry states none (POLICY "Region"). */
    regionFallback: z.array(z.enum(['statistics', 'tax'])),
    /** County codes that roll up into a city other than their first four digits + 00. */
    cityOverrides: z.record(divisionCode, divisionCode),
    /** Employee sources, most trusted first (POLICY "employees"). */
    employeesPrecedence: z.array(z.enum(EMPLOYEE_SOURCES)).min(1),
  })
  .refine((set) => {
    const last = set.owningRegistries[set.owningRegistries.length - 1];
    return last.kinds === undefined && last.categories === undefined;
  }, 'the last owningRegistries entry must match everything (no kinds, no categories)');

/** A validated rule set. */
export type RuleSet = z.infer<typeof RuleSet>;

/**
 * Validates a rule set given as JSON text or as a parsed object; throws with the offending path.
 */
export function parseRuleSet(json: string | unknown): RuleSet {
  const value: unknown = typeof json === 'string' ? JSON.parse(json) : json;
  const parsed = RuleSet.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`invalid rule set at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Shaanxi, 陕组发〔2021〕5号 (POLICY "Rules (rule set `shaanxi-2021`)"). */
export const SHAANXI_2021: RuleSet = parseRuleSet({
  id: 'shaanxi-2021',
  version: '2021-11-11',
  document: '陕组发〔2021〕5号 党工共建',
  thresholds: {
    partyMembersForStandalone: 3,
    employeesForStandaloneUnion: 25,
    keyNonPublicEmployees: 10,
    keySchoolHospitalEmployees: 30,
  },
  inactiveStatuses: ['注销', '吊销', '撤销', '迁出'],
  ownership: {
    nonPublicHoldings: ['3', '4', '5'],
    publicHoldings: ['1', '2'],
    publicEntTypeMarkers: ['国有', '全民所有制', '集体所有制'],
  },
  socialOrganizations: { usccCategories: ['51', '52', '53'] },
  professionalFirms: {
    usccCategories: ['31'],
    nameMarkers: ['会计师事务所', '税务师事务所'],
    kinds: ['LAW_FIRM', 'ACCOUNTING_FIRM', 'TAX_AGENT_FIRM'],
  },
  keyTargets: {
    socialGroups: {
      orgTypes: ['社会团体'],
      levels: ['national', 'provincial'],
      authorityLevels: [
        { pattern: '^民政部$', level: 'national' },
        { pattern: '(省|自治区)民政厅$', level: 'provincial' },
      ],
    },
    schoolsAndHospitals: {
      orgTypes: ['民办非企业单位', '社会服务机构'],
      sectors: ['教育', '卫生健康'],
    },
  },
  owningRegistries: [
    { categories: ['SOCIAL_ORGANIZATION'], order: ['civil-affairs', 'tax', 'statistics'] },
    {
      // Accounting and tax-agent firms are partnerships registered by market regulation.
      kinds: [
        'ENTERPRISE',
        'BRANCH',
        'INDIVIDUAL_BUSINESS',
        'FARMERS_COOPERATIVE',
        'ACCOUNTING_FIRM',
        'TAX_AGENT_FIRM',
      ],
      order: ['market-regulation', 'tax', 'statistics'],
    },
    { order: ['tax', 'statistics'] },
  ],
  regionFallback: ['statistics', 'tax'],
  cityOverrides: { '610403': '610400' },
  employeesPrecedence: ['statistics', 'tax', 'civil-affairs', 'trade-union', 'federation'],
});

/**
 * Rule sets by id. Adding a province is adding its JSON here (or passing a registry of your own).
 */
export const RULE_SETS: Readonly<Record<string, RuleSet>> = buildRuleSetRegistry([SHAANXI_2021]);

/** A registry keyed by id; throws on a duplicate id so one id never means two rule sets. */
export function buildRuleSetRegistry(sets: readonly RuleSet[]): Readonly<Record<string, RuleSet>> {
  const registry: Record<string, RuleSet> = {};
  for (const set of sets) {
    if (registry[set.id]) throw new Error(`duplicate rule set id '${set.id}'`);
    registry[set.id] = set;
  }
  return Object.freeze(registry);
}

/**
 * The digest of a rule set's content (16 hex digits of a SHA-256 over its JSON, keys sorted): the
 * same rules give the same digest whatever the key order of their file, an edited threshold or
 * list another. Coverage is evaluated again when an active rule set's digest changes.
 */
export function ruleSetDigest(set: RuleSet): string {
  return createHash('sha256').update(sortedJson(set)).digest('hex').slice(0, 16);
}

function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${sortedJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The rule set with this id; throws naming the known ids when there is none. */
export function ruleSetById(
  id: string,
  registry: Readonly<Record<string, RuleSet>> = RULE_SETS,
): RuleSet {
  const set = Object.prototype.hasOwnProperty.call(registry, id) ? registry[id] : undefined;
  if (!set)
    throw new Error(
      `unknown rule set '${id}' (known: ${Object.keys(registry).sort().join(', ') || 'none'})`,
    );
  return set;
}
