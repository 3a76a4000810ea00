/**
 * The Fellegi–Sunter model (费利吉–桑特模型): per field and agreement level, m = P(level |
 * match) and u = P(level | non-match) among candidate pairs; a pair's weight is the sum
 * of log2(m/u) over its fields. The per-field weights are the link's "why".
 */

import { vetoOf, type ComparisonVector, type Veto } from './comparison';
import { termFrequencyAdjustment, type TermFrequencyTable } from './term-frequency';

/** Fields the model weighs (branch is a veto only, never weighed). */
export const MATCH_FIELDS = [
  'name',
  'division',
  'legalRep',
  'address',
  'industry',
  'identifier',
] as const;
/** One weighed field of a comparison vector. */
export type MatchField = (typeof MATCH_FIELDS)[number];

/** Levels that carry m/u: everything but `missing` (weight 0) and vetoes (never scored). */
export type ModelLevel<F extends MatchField> = Exclude<
  ComparisonVector[F],
  'missing' | 'conflicting-uscc'
>;

/** m = P(level | match), u = P(level | non-match); each sums to 1 over a field's levels. */
export interface MatchProbabilities {
  m: number;
  u: number;
}

/** λ and the m/u of every field and level. */
export interface FellegiSunterModel {
  /** λ: probability that a candidate (blocked) pair without a branch veto is a match. */
  prior: number;
  fields: { [F in MatchField]: Record<ModelLevel<F>, MatchProbabilities> };
}

/** One field's contribution to a pair's weight. */
export interface FieldWeight {
  field: MatchField;
  level: string;
  /** log2(m/u); 0 when missing. Includes the term-frequency adjustment for the name. */
  weight: number;
}

/** The score of one pair. */
export interface MatchResult {
  /** Sum of field weights in bits (log2 Bayes factor), without the prior. */
  weight: number;
  /** Posterior match probability with the model's prior; 0 when vetoed. */
  probability: number;
  fields: FieldWeight[];
  veto: Veto | null;
}

/**
 * Starting values for candidate pairs from `blockingKeys` (a candidate pair shares a
 * name core, half a core in the same city, a legal representative in the same county,
 * or an organization code — so u for name agreement is far above its random-pair value).
 * EM refines them on the province's own pairs.
 */
export const DEFAULT_MODEL: FellegiSunterModel = {
  prior: 0.1,
  fields: {
    name: {
      exact: { m: 0.75, u: 0.005 }, // +7.2
      'core-exact': { m: 0.17, u: 0.01 }, // +4.1
      close: { m: 0.05, u: 0.003 }, // +4.1
      different: { m: 0.03, u: 0.982 }, // −5.0
    },
    division: {
      'same-county': { m: 0.85, u: 0.15 }, // +2.5
      'same-city': { m: 0.1, u: 0.25 }, // −1.3
      different: { m: 0.05, u: 0.6 }, // −3.6
    },
    legalRep: {
      exact: { m: 0.8, u: 0.02 }, // +5.3
      different: { m: 0.2, u: 0.98 }, // −2.3
    },
    address: {
      close: { m: 0.6, u: 0.02 }, // +4.9
      different: { m: 0.4, u: 0.98 }, // −1.3
    },
    industry: {
      'same-class': { m: 0.75, u: 0.1 }, // +2.9
      'same-section': { m: 0.15, u: 0.2 }, // −0.4
      different: { m: 0.1, u: 0.7 }, // −2.8
    },
    identifier: {
      'same-uscc': { m: 0.6, u: 0.00001 }, // +15.9
      'same-organization-code': { m: 0.38, u: 0.00005 }, // +12.9
      'different-organization-code': { m: 0.02, u: 0.99994 }, // −5.6
    },
  },
};

/** m/u of one field at one level, or undefined for `missing` and vetoes. */
export function probabilitiesOf(
  model: FellegiSunterModel,
  field: MatchField,
  level: string,
): MatchProbabilities | undefined {
  return (model.fields[field] as Record<string, MatchProbabilities>)[level];
}

type WeightTable = Record<MatchField, Record<string, number>>;

// log2(m/u) per field and level, computed once per model object (models are treated as immutable).
const weightTables = new WeakMap<FellegiSunterModel, WeightTable>();

function weightTable(model: FellegiSunterModel): WeightTable {
  let table = weightTables.get(model);
  if (!table) {
    table = Object.fromEntries(
      MATCH_FIELDS.map((field) => [
        field,
        Object.fromEntries(
          Object.entries(model.fields[field] as Record<string, MatchProbabilities>).map(
            ([level, p]) => [level, Math.log2(p.m / p.u)],
          ),
        ),
      ]),
    ) as WeightTable;
    weightTables.set(model, table);
  }
  return table;
}

/** Posterior probability from a weight (bits) and a prior λ. */
export function posterior(weight: number, prior: number): number {
  const odds = (prior / (1 - prior)) * 2 ** weight;
  return odds === Infinity ? 1 : odds / (1 + odds);
}

/**
 * Scores a comparison vector. Missing fields weigh 0. With a term-frequency table, an
 * exact or core-exact name weighs less when its core is common (see
 * {@link termFrequencyAdjustment}). A vetoed vector keeps its field weights for the
 * record but has probability 0.
 *
 * @param vector - from `compareProfiles`
 * @param model - e.g. {@link DEFAULT_MODEL} or the output of `estimateModel`; treated as
 *   immutable (its weights are computed once per model object)
 * @param termFrequency - name-core frequencies among all organization profiles
 */
export function matchWeight(
  vector: ComparisonVector,
  model: FellegiSunterModel,
  termFrequency?: TermFrequencyTable,
): MatchResult {
  const table = weightTable(model);
  const fields: FieldWeight[] = [];
  let weight = 0;
  for (const field of MATCH_FIELDS) {
    const level = vector[field];
    let w = table[field][level] ?? 0;
    if (
      field === 'name' &&
      termFrequency &&
      vector.nameCore !== null &&
      (level === 'exact' || level === 'core-exact')
    ) {
      w += termFrequencyAdjustment(vector.nameCore, termFrequency);
    }
    fields.push({ field, level, weight: w });
    weight += w;
  }
  const veto = vetoOf(vector);
  return { weight, probability: veto ? 0 : posterior(weight, model.prior), fields, veto };
}
