/**
 * Expectation–maximisation (期望最大化) of a Fellegi–Sunter model over the comparison
 * vectors of candidate pairs, without labels: λ and every field's m/u per level, with
 * fields conditionally independent given match status.
 */

import { isIdentity, vetoOf, type ComparisonVector } from './comparison';
import {
  MATCH_FIELDS,
  type FellegiSunterModel,
  type MatchField,
  type MatchProbabilities,
} from './fellegi-sunter';

/** How long EM runs. */
export interface EstimateOptions {
  /** Maximum number of EM iterations. */
  iterations: number;
  /** Converged when no parameter (λ, any m or u) moves by more than this in an iteration. */
  tolerance: number;
  /**
   * Let identifiers label pairs (default true): a shared valid USCC or organization
   * code is a known match, conflicting USCCs a known non-match; their posterior is
   * fixed (1 or 0) instead of guessed. Without labels, blocking blurs the classes:
   * blocked non-matches agree on the blocking fields far more often than
   * conditional independence assumes, and EM overstates u for name agreement.
   */
  identifierLabels?: boolean;
}

/** The estimated model and how EM got there. */
export interface EstimateResult {
  model: FellegiSunterModel;
  iterations: number;
  converged: boolean;
  /** Natural-log likelihood of the (non-vetoed) vectors under the returned model. */
  logLikelihood: number;
}

/** A distinct vector (levels of the weighed fields), its label, and how many pairs have it. */
interface Pattern {
  levels: string[];
  count: number;
  /** 1 known match, 0 known non-match, null unlabelled. */
  label: 1 | 0 | null;
}

/** The label identifiers give a pair; null when they say nothing, or when labels are off. */
function labelOf(vector: ComparisonVector, useLabels: boolean): 1 | 0 | null {
  if (!useLabels) return null;
  if (isIdentity(vector)) return 1;
  return vector.identifier === 'conflicting-uscc' ? 0 : null;
}

// One pseudo-pair per class, spread over the levels as the initial model spreads it: every m
// and u stays above zero (no infinite weights), a field a class never observes (e.g. shared
// identifiers among non-matches, once labelled) keeps its initial values instead of a uniform
// guess, and realistic volumes outweigh it completely. The floor guards against underflow.
const PRIOR_PAIRS = 1;
const FLOOR = 1e-9;

/** Groups non-vetoed vectors by their levels, sorted by key so sums run in a fixed order. */
function patternsOf(vectors: readonly ComparisonVector[], useLabels: boolean): Pattern[] {
  const byKey = new Map<string, Pattern>();
  for (const vector of vectors) {
    const label = labelOf(vector, useLabels);
    // Vetoed pairs are non-matches by rule and never scored: EM never guesses them. Only
    // conflicting USCCs enter, as labelled non-matches (a fair sample of non-matches);
    // branch pairs do not (their names agree far more than other non-matches').
    const veto = vetoOf(vector);
    if (veto === 'branch' || (veto !== null && label !== 0)) continue;
    const levels = MATCH_FIELDS.map((field) => vector[field] as string);
    const key = `${label}|${levels.join('|')}`;
    const pattern = byKey.get(key);
    if (pattern) pattern.count++;
    else byKey.set(key, { levels, count: 1, label });
  }
  return [...byKey.keys()].sort().map((key) => byKey.get(key)!);
}

function levelTable(
  model: FellegiSunterModel,
  field: MatchField,
): Record<string, MatchProbabilities> {
  return model.fields[field] as Record<string, MatchProbabilities>;
}

/** P(pattern | match) and P(pattern | non-match); missing levels contribute 1 to both. */
function likelihoods(pattern: Pattern, model: FellegiSunterModel): { pm: number; pu: number } {
  let pm = 1;
  let pu = 1;
  MATCH_FIELDS.forEach((field, i) => {
    const p = levelTable(model, field)[pattern.levels[i]!];
    if (!p) return;
    pm *= p.m;
    pu *= p.u;
  });
  return { pm, pu };
}

function logLikelihoodOf(patterns: readonly Pattern[], model: FellegiSunterModel): number {
  let total = 0;
  for (const pattern of patterns) {
    const { pm, pu } = likelihoods(pattern, model);
    // Labelled pairs contribute their complete-data likelihood.
    const p =
      pattern.label === 1
        ? pm
        : pattern.label === 0
          ? pu
          : model.prior * pm + (1 - model.prior) * pu;
    total += pattern.count * Math.log(p);
  }
  return total;
}

/** One E step and one M step; returns the new model. */
function step(
  patterns: readonly Pattern[],
  model: FellegiSunterModel,
  initial: FellegiSunterModel,
): FellegiSunterModel {
  const priorCounts = (side: 'm' | 'u') =>
    MATCH_FIELDS.map((field) =>
      Object.fromEntries(
        Object.entries(levelTable(initial, field)).map(([level, p]) => [
          level,
          PRIOR_PAIRS * p[side],
        ]),
      ),
    );
  const matchCounts = priorCounts('m');
  const nonMatchCounts = priorCounts('u');
  let expectedMatches = 0;
  let total = 0;
  for (const pattern of patterns) {
    const { pm, pu } = likelihoods(pattern, model);
    const joint = model.prior * pm;
    const g = pattern.label ?? joint / (joint + (1 - model.prior) * pu); // P(match | pattern)
    expectedMatches += pattern.count * g;
    total += pattern.count;
    pattern.levels.forEach((level, i) => {
      if (matchCounts[i]![level] === undefined) return; // missing: no information on this field
      matchCounts[i]![level] += pattern.count * g;
      nonMatchCounts[i]![level] += pattern.count * (1 - g);
    });
  }
  const fields = Object.fromEntries(
    MATCH_FIELDS.map((field, i) => {
      const m = matchCounts[i]!;
      const u = nonMatchCounts[i]!;
      const mTotal = Object.values(m).reduce((s, x) => s + x, 0);
      const uTotal = Object.values(u).reduce((s, x) => s + x, 0);
      const levels = Object.keys(m).map((l) => [
        l,
        { m: Math.max(FLOOR, m[l]! / mTotal), u: Math.max(FLOOR, u[l]! / uTotal) },
      ]);
      return [field, Object.fromEntries(levels)];
    }),
  ) as FellegiSunterModel['fields'];
  const prior = Math.min(
    1 - FLOOR,
    Math.max(FLOOR, total === 0 ? model.prior : expectedMatches / total),
  );
  return { prior, fields };
}

/** Largest absolute change of λ or any m/u between two models. */
function largestChange(a: FellegiSunterModel, b: FellegiSunterModel): number {
  let change = Math.abs(a.prior - b.prior);
  for (const field of MATCH_FIELDS) {
    const before = levelTable(a, field);
    const after = levelTable(b, field);
    for (const level of Object.keys(before)) {
      change = Math.max(
        change,
        Math.abs(before[level]!.m - after[level]!.m),
        Math.abs(before[level]!.u - after[level]!.u),
      );
    }
  }
  return change;
}

/**
 * Estimates λ and m/u by EM over candidate-pair vectors. Vetoed pairs are never
 * guessed: branch pairs are left out (they are never scored, and their names agree far
 * more than other non-matches'), conflicting USCCs enter only as labelled non-matches
 * (see {@link EstimateOptions.identifierLabels}) and are otherwise left out too.
 * Deterministic: identical vectors are grouped and summed in sorted order. The levels
 * of `initial` define which levels exist; it also fixes which class is "match" (start
 * it with m favouring agreement, as `DEFAULT_MODEL` does).
 *
 * @param vectors - comparison vectors of the blocked candidate pairs
 * @param initial - starting model, e.g. `DEFAULT_MODEL`
 * @param options - iteration cap, tolerance, identifier labels
 */
export function estimateModel(
  vectors: readonly ComparisonVector[],
  initial: FellegiSunterModel,
  options: EstimateOptions,
): EstimateResult {
  const patterns = patternsOf(vectors, options.identifierLabels ?? true);
  let model = initial;
  let iterations = 0;
  let converged = false;
  if (patterns.length === 0) return { model, iterations, converged: true, logLikelihood: 0 };
  while (iterations < options.iterations) {
    const next = step(patterns, model, initial);
    iterations++;
    const change = largestChange(model, next);
    model = next;
    if (change <= options.tolerance) {
      converged = true;
      break;
    }
  }
  return { model, iterations, converged, logLikelihood: logLikelihoodOf(patterns, model) };
}
