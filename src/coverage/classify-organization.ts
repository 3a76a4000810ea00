import type { SourceId } from '../model/feeds';
import type { OrganizationFacts } from './organization-facts';
import type { CoverageReason, SocialKind } from './coverage-facts';
import type { Category, RuleSet } from './rule-set';
import { valueAsOf } from './as-of';

/** A category with the evidence that decided it. */
export interface CategoryDecision {
  category: Category;
  text: string;
  sources: string[];
}

/**
 * POLICY "category": social organization (USCC 51/52/53 or registered by civil affairs), else
 * professional firm (USCC 31, a professional-firm kind, or 会计师事务所 / 税务师事务所 in the
 * name), else economic. Ownership: statistics 控股情况 first (3/4/5 non-public, 1/2 public);
 * any other code (9 其他, absent, unreadable) says nothing, and then the market-regulation
 * ent_type as of the date decides: public exactly when it contains a public marker. No marker
 * (or no ent_type) → non-public.
 */
export function categorize(
  facts: OrganizationFacts,
  ruleSet: RuleSet,
  asOf: string,
): CategoryDecision {
  const { socialOrganizations, professionalFirms, ownership } = ruleSet;
  const uscc = facts.usccCategory;
  if (uscc && socialOrganizations.usccCategories.includes(uscc)) {
    return {
      category: 'SOCIAL_ORGANIZATION',
      text: `social organization (USCC category ${uscc})`,
      sources: [],
    };
  }
  if (facts.civilAffairsRegistered) {
    return {
      category: 'SOCIAL_ORGANIZATION',
      text: 'social organization (registered by civil affairs)',
      sources: ['civil-affairs'],
    };
  }
  if (uscc && professionalFirms.usccCategories.includes(uscc)) {
    return {
      category: 'PROFESSIONAL_FIRM',
      text: `professional firm (USCC category ${uscc})`,
      sources: [],
    };
  }
  if (professionalFirms.kinds.includes(facts.kind)) {
    return {
      category: 'PROFESSIONAL_FIRM',
      text: `professional firm (kind ${facts.kind})`,
      sources: [],
    };
  }
  const marker = professionalFirms.nameMarkers.find((word) => facts.name.includes(word));
  if (marker)
    return {
      category: 'PROFESSIONAL_FIRM',
      text: `professional firm (name contains ${marker})`,
      sources: [],
    };

  const holding = facts.holding?.trim();
  if (holding && ownership.nonPublicHoldings.includes(holding)) {
    return {
      category: 'NON_PUBLIC_ECONOMIC',
      text: `non-public economic (statistics 控股情况 ${holding})`,
      sources: ['statistics'],
    };
  }
  if (holding && ownership.publicHoldings.includes(holding)) {
    return {
      category: 'PUBLIC_ECONOMIC',
      text: `public economic (statistics 控股情况 ${holding})`,
      sources: ['statistics'],
    };
  }
  const entType = valueAsOf(facts.entType, facts.events, 'ENT_TYPE_CHANGE', asOf);
  const publicMarker = entType
    ? ownership.publicEntTypeMarkers.find((word) => entType.includes(word))
    : undefined;
  if (entType && publicMarker) {
    return {
      category: 'PUBLIC_ECONOMIC',
      text: `public economic (market-regulation ent_type ${entType})`,
      sources: ['market-regulation'],
    };
  }
  const basis = entType ? `market-regulation ent_type ${entType}` : 'no holding code, no ent_type';
  return {
    category: 'NON_PUBLIC_ECONOMIC',
    text: `non-public economic (${holding ? `statistics 控股情况 ${holding}, ` : ''}${basis})`,
    sources: entType ? ['market-regulation'] : [],
  };
}

/** The registries whose status decides, most authoritative first (POLICY "active"). */
export function owningRegistries(
  facts: OrganizationFacts,
  category: Category,
  ruleSet: RuleSet,
): readonly SourceId[] {
  const entry = ruleSet.owningRegistries.find(
    (candidate) =>
      (candidate.kinds === undefined || candidate.kinds.includes(facts.kind)) &&
      (candidate.categories === undefined || candidate.categories.includes(category)),
  );
  // The schema guarantees a catch-all last entry.
  return entry!.order;
}

/** Whether the organization was active on `asOf`, with the status and registry that said so. */
export interface ActivityDecision {
  active: boolean;
  status?: string;
  source?: SourceId;
}

/**
 * POLICY "active": the status of the first owning registry that states one. Market-regulation
 * status changes after `asOf` are undone. No registry stating a status leaves the organization
 * active: nothing says it ended.
 */
export function decideActivity(
  facts: OrganizationFacts,
  category: Category,
  ruleSet: RuleSet,
  asOf: string,
): ActivityDecision {
  for (const source of owningRegistries(facts, category, ruleSet)) {
    const current = facts.statusBySource[source]?.trim();
    if (!current) continue;
    const status =
      source === 'market-regulation'
        ? valueAsOf(current, facts.events, 'STATUS_CHANGE', asOf)!
        : current;
    return { active: !ruleSet.inactiveStatuses.includes(status), status, source };
  }
  return { active: true };
}

const SOCIAL_KIND_BY_TYPE: Record<string, SocialKind> = {
  社会团体: 'SOCIAL_GROUP',
  民办非企业单位: 'PRIVATE_NON_ENTERPRISE',
  社会服务机构: 'PRIVATE_NON_ENTERPRISE',
  基金会: 'FOUNDATION',
};
const SOCIAL_KIND_BY_USCC: Record<string, SocialKind> = {
  '51': 'SOCIAL_GROUP',
  '52': 'PRIVATE_NON_ENTERPRISE',
  '53': 'FOUNDATION',
};
const SOCIAL_KIND_BY_KIND: Partial<Record<string, SocialKind>> = {
  SOCIAL_GROUP: 'SOCIAL_GROUP',
  PRIVATE_NON_ENTERPRISE: 'PRIVATE_NON_ENTERPRISE',
  FOUNDATION: 'FOUNDATION',
};

/** Subtype of a social organization: civil affairs 社会组织类型, else USCC category, else kind. */
export function socialKindOf(facts: OrganizationFacts): SocialKind | undefined {
  const type = facts.socialOrgType?.trim();
  return (
    (type ? SOCIAL_KIND_BY_TYPE[type] : undefined) ??
    (facts.usccCategory ? SOCIAL_KIND_BY_USCC[facts.usccCategory] : undefined) ??
    SOCIAL_KIND_BY_KIND[facts.kind]
  );
}

/** The SCOPE reason: category and status evidence, in or out. */
export function scopeReason(
  category: CategoryDecision,
  activity: ActivityDecision,
  text: string,
): CoverageReason {
  const numbers: Record<string, string> = { category: category.category };
  if (activity.status) numbers.status = activity.status;
  const sources = [...category.sources, ...(activity.source ? [activity.source] : [])];
  return { rule: 'SCOPE', text, numbers, sources: [...new Set(sources)] };
}
