import { ORGANIZATION_KINDS } from '../../src/canonical/organization-kind';
import { SOURCE_IDS, isSourceId, type SourceId } from '../../src/model/feeds';
import { CATEGORIES } from '../../src/coverage/rule-set';
import { ACTIVE_RULE_SETS } from '../../src/config/rule-sets';
import type { CoverageFilter } from '../coverage/coverage-filter.input';
import { GapRule } from '../coverage/gap.type';
import { DiscrepancyField } from '../discrepancies/discrepancy.type';
import { FOLLOW_UP_STATES } from '../../src/follow-up/case-states';

/**
 * A bad query parameter: answered with 400 and a JSON body naming the parameter and what it
 * accepts.
 */
export class ExportParameterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
    readonly allowed: readonly string[] | string,
  ) {
    super(message);
  }
}

/**
 * What each export accepts (also served by `GET /exports`): allowed values, or the format in words.
 */
export const GAP_PARAMETERS = {
  rule: { required: true, allowed: Object.values(GapRule) as string[] },
  region: {
    required: false,
    allowed: 'Shaanxi division code or prefix: 61, 6101 or 610100 (city), 610113 (county)',
  },
  industry: {
    required: false,
    allowed: 'GB/T 4754-2017 section letter (I) or class (I6510 / 6510)',
  },
  kind: { required: false, allowed: [...ORGANIZATION_KINDS] as string[], list: true },
  ownership: { required: false, allowed: [...CATEGORIES] as string[], list: true },
  ruleSet: { required: false, allowed: Object.keys(ACTIVE_RULE_SETS), default: 'shaanxi-2021' },
} as const;

export const DISCREPANCY_PARAMETERS = {
  source: { required: true, allowed: [...SOURCE_IDS] as string[] },
  field: { required: true, allowed: Object.values(DiscrepancyField) as string[] },
} as const;

export const FOLLOW_UP_PARAMETERS = {
  state: { required: false, allowed: [...FOLLOW_UP_STATES] as string[], list: true },
  rule: { required: false, allowed: Object.values(GapRule) as string[] },
  region: GAP_PARAMETERS.region,
} as const;

type Query = Record<string, unknown>;

export interface GapExportParams {
  rule: GapRule;
  ruleSet: string;
  filter: CoverageFilter;
}

export interface DiscrepancyExportParams {
  source: SourceId;
  field: DiscrepancyField;
  /** The region of the identity asking (not a parameter of the download). */
  region?: string;
}

/**
 * Parses `rule`, `region`, `industry`, `kind`, `ownership`, `ruleSet` (lists: comma-separated or
 * repeated).
 */
export function parseGapParams(query: Query): GapExportParams {
  rejectUnknown(query, Object.keys(GAP_PARAMETERS));
  const rule = oneOf(query, 'rule', GAP_PARAMETERS.rule.allowed, true) as GapRule;
  const ruleSet =
    oneOf(query, 'ruleSet', GAP_PARAMETERS.ruleSet.allowed, false) ??
    GAP_PARAMETERS.ruleSet.default;
  const filter: CoverageFilter = {};
  const region = single(query, 'region');
  if (region !== undefined) {
    if (!/^61\d{0,4}$/.test(region))
      throw new ExportParameterError(
        'region',
        `"region" must be a Shaanxi division code or prefix, got "${region}"`,
        GAP_PARAMETERS.region.allowed,
      );
    filter.region = region;
  }
  const industry = single(query, 'industry');
  if (industry !== undefined) {
    if (!/^([A-Ta-t]|[A-Ta-t]?\d{4})$/.test(industry))
      throw new ExportParameterError(
        'industry',
        `"industry" must be a section letter or a class code, got "${industry}"`,
        GAP_PARAMETERS.industry.allowed,
      );
    filter.industry = industry;
  }
  const kind = listOf(query, 'kind', GAP_PARAMETERS.kind.allowed);
  if (kind) filter.kind = kind;
  const ownership = listOf(query, 'ownership', GAP_PARAMETERS.ownership.allowed);
  if (ownership) filter.ownership = ownership;
  return { rule, ruleSet, filter };
}

export interface FollowUpExportParams {
  states?: string[];
  rule?: string;
  region?: string;
}

/** Parses `state` (a list), `rule` and `region`. */
export function parseFollowUpParams(query: Query): FollowUpExportParams {
  rejectUnknown(query, Object.keys(FOLLOW_UP_PARAMETERS));
  const states = listOf(query, 'state', FOLLOW_UP_PARAMETERS.state.allowed);
  const rule = oneOf(query, 'rule', FOLLOW_UP_PARAMETERS.rule.allowed, false);
  const region = single(query, 'region');
  if (region !== undefined && !/^61\d{0,4}$/.test(region))
    throw new ExportParameterError(
      'region',
      `"${region}" is not a Shaanxi division code`,
      GAP_PARAMETERS.region.allowed,
    );
  return { states, rule, region };
}

/** Parses `source` and `field`. */
export function parseDiscrepancyParams(query: Query): DiscrepancyExportParams {
  rejectUnknown(query, Object.keys(DISCREPANCY_PARAMETERS));
  const source = oneOf(query, 'source', DISCREPANCY_PARAMETERS.source.allowed, true)!;
  const field = oneOf(
    query,
    'field',
    DISCREPANCY_PARAMETERS.field.allowed,
    true,
  ) as DiscrepancyField;
  if (!isSourceId(source))
    throw new ExportParameterError('source', `unknown source "${source}"`, SOURCE_IDS);
  return { source, field };
}

function rejectUnknown(query: Query, known: string[]): void {
  const unknown = Object.keys(query).find((name) => !known.includes(name));
  if (unknown) throw new ExportParameterError(unknown, `unknown parameter "${unknown}"`, known);
}

/** A parameter given at most once, trimmed; empty counts as absent. */
function single(query: Query, name: string): string | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string')
    throw new ExportParameterError(name, `"${name}" must be given once`, 'a single value');
  const value = raw.trim();
  return value === '' ? undefined : value;
}

function oneOf(
  query: Query,
  name: string,
  allowed: readonly string[],
  required: boolean,
): string | undefined {
  const value = single(query, name);
  if (value === undefined) {
    if (required) throw new ExportParameterError(name, `"${name}" is required`, allowed);
    return undefined;
  }
  if (!allowed.includes(value))
    throw new ExportParameterError(
      name,
      `"${name}" must be one of ${allowed.join(', ')}; got "${value}"`,
      allowed,
    );
  return value;
}

function listOf(query: Query, name: string, allowed: readonly string[]): string[] | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  const parts = (Array.isArray(raw) ? raw : [raw])
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  const bad = parts.find((v) => !allowed.includes(v));
  if (bad !== undefined)
    throw new ExportParameterError(
      name,
      `"${name}" values must be among ${allowed.join(', ')}; got "${bad}"`,
      allowed,
    );
  return parts.length > 0 ? parts : undefined;
}
