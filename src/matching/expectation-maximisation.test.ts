import type { ComparisonVector } from './comparison';
import { estimateModel } from './expectation-maximisation';
import {
  DEFAULT_MODEL,
  MATCH_FIELDS,
  type FellegiSunterModel,
  type MatchField,
} from './fellegi-sunter';
import { SeededRandom } from './synthetic-names';

const TRUE_MODEL: FellegiSunterModel = {
  prior: 0.3,
  fields: {
    name: {
      exact: { m: 0.6, u: 0.02 },
      'core-exact': { m: 0.2, u: 0.05 },
      close: { m: 0.12, u: 0.13 },
      different: { m: 0.08, u: 0.8 },
    },
    division: {
      'same-county': { m: 0.8, u: 0.2 },
      'same-city': { m: 0.15, u: 0.3 },
      different: { m: 0.05, u: 0.5 },
    },
    legalRep: { exact: { m: 0.85, u: 0.1 }, different: { m: 0.15, u: 0.9 } },
    address: { close: { m: 0.7, u: 0.05 }, different: { m: 0.3, u: 0.95 } },
    industry: {
      'same-class': { m: 0.7, u: 0.2 },
      'same-section': { m: 0.2, u: 0.3 },
      different: { m: 0.1, u: 0.5 },
    },
    identifier: {
      'same-uscc': { m: 0.5, u: 0.001 },
      'same-organization-code': { m: 0.3, u: 0.009 },
      'different-organization-code': { m: 0.2, u: 0.99 },
    },
  },
};

function levelsOf(
  model: FellegiSunterModel,
  field: MatchField,
): Record<string, { m: number; u: number }> {
  return model.fields[field] as Record<string, { m: number; u: number }>;
}

/** Vectors drawn from a model: each field missing at 15 %, else a level drawn from m or u. */
function drawVectors(
  model: FellegiSunterModel,
  count: number,
  seed: number,
): Array<{ vector: ComparisonVector; match: boolean }> {
  const rng = new SeededRandom(seed);
  return Array.from({ length: count }, () => {
    const match = rng.chance(model.prior);
    const vector: Record<string, unknown> = { branch: 'none', nameCore: null };
    for (const field of MATCH_FIELDS) {
      if (rng.chance(0.15)) {
        vector[field] = 'missing';
        continue;
      }
      let x = rng.next();
      const entries = Object.entries(levelsOf(model, field));
      vector[field] =
        entries.find(([, p]) => (x -= match ? p.m : p.u) < 0)?.[0] ??
        entries[entries.length - 1]![0];
    }
    return { vector: vector as unknown as ComparisonVector, match };
  });
}

function expectClose(
  actual: FellegiSunterModel,
  expected: FellegiSunterModel,
  tolerance: number,
): void {
  expect(Math.abs(actual.prior - expected.prior)).toBeLessThan(tolerance);
  for (const field of MATCH_FIELDS) {
    for (const [level, p] of Object.entries(levelsOf(expected, field))) {
      const got = levelsOf(actual, field)[level]!;
      expect({
        field,
        level,
        m: Math.abs(got.m - p.m) < tolerance,
        u: Math.abs(got.u - p.u) < tolerance,
      }).toEqual({ field, level, m: true, u: true });
    }
  }
}

describe('estimateModel', () => {
  const drawn = drawVectors(TRUE_MODEL, 40_000, 42);
  const vectors = drawn.map((d) => d.vector);
  const options = { iterations: 500, tolerance: 1e-7, identifierLabels: false };

  it('recovers λ and every m/u of a known model from unlabelled vectors, starting from the defaults', () => {
    const result = estimateModel(vectors, DEFAULT_MODEL, options);
    expect(result.converged).toBe(true);
    expect(result.iterations).toBeGreaterThan(1);
    expectClose(result.model, TRUE_MODEL, 0.02);
    expect(Number.isFinite(result.logLikelihood)).toBe(true);
  });

  it('does not lower the likelihood as it iterates', () => {
    const short = estimateModel(vectors, DEFAULT_MODEL, { ...options, iterations: 2 });
    const long = estimateModel(vectors, DEFAULT_MODEL, { ...options, iterations: 50 });
    expect(long.logLikelihood).toBeGreaterThanOrEqual(short.logLikelihood);
    expect(short.converged).toBe(false);
  });

  it('is deterministic: the order of the vectors does not matter', () => {
    const shuffled = [...vectors].reverse();
    expect(estimateModel(shuffled, DEFAULT_MODEL, options)).toEqual(
      estimateModel(vectors, DEFAULT_MODEL, options),
    );
  });

  it('keeps branch-vetoed pairs out', () => {
    const branch: ComparisonVector = { ...vectors[0]!, branch: 'different', name: 'close' };
    const withVetoes = [...vectors, ...Array.from({ length: 5000 }, () => branch)];
    expect(estimateModel(withVetoes, DEFAULT_MODEL, options)).toEqual(
      estimateModel(vectors, DEFAULT_MODEL, options),
    );
    expect(
      estimateModel(withVetoes, DEFAULT_MODEL, { ...options, identifierLabels: true }),
    ).toEqual(estimateModel(vectors, DEFAULT_MODEL, { ...options, identifierLabels: true }));
  });

  it('with identifier labels, fixes shared identifiers as matches and conflicting USCCs as non-matches', () => {
    // A world where a shared identifier is always a match, as the labels assume.
    const truthful: FellegiSunterModel = {
      ...TRUE_MODEL,
      fields: {
        ...TRUE_MODEL.fields,
        identifier: {
          ...TRUE_MODEL.fields.identifier,
          'same-uscc': { m: 0.5, u: 0 },
          'same-organization-code': { m: 0.3, u: 0 },
          'different-organization-code': { m: 0.2, u: 1 },
        },
      },
    };
    const drawn = drawVectors(truthful, 40_000, 7);
    const result = estimateModel(
      drawn.map((d) => d.vector),
      DEFAULT_MODEL,
      { ...options, identifierLabels: true },
    );
    expectClose(result.model, truthful, 0.02);
    // Non-matches never share an identifier once labels say so.
    expect(result.model.fields.identifier['same-uscc'].u).toBeLessThan(1e-5);

    // Conflicting USCCs are labelled non-matches: they inform u but are never guessed.
    const conflicts: ComparisonVector[] = Array.from({ length: 10_000 }, (_, i) => ({
      ...drawn[i]!.vector,
      identifier: 'conflicting-uscc',
    }));
    const withConflicts = estimateModel(
      [...drawn.map((d) => d.vector), ...conflicts],
      DEFAULT_MODEL,
      { ...options, identifierLabels: true },
    );
    expect(withConflicts.model.prior).toBeLessThan(result.model.prior * 0.85);
    const without = estimateModel(
      [...drawn.map((d) => d.vector), ...conflicts],
      DEFAULT_MODEL,
      options,
    );
    expect(without.model.prior).toBeCloseTo(
      estimateModel(
        drawn.map((d) => d.vector),
        DEFAULT_MODEL,
        options,
      ).model.prior,
      10,
    );
  });

  it('returns the initial model for no vectors', () => {
    expect(estimateModel([], DEFAULT_MODEL, options)).toEqual({
      model: DEFAULT_MODEL,
      iterations: 0,
      converged: true,
      logLikelihood: 0,
    });
  });
});
