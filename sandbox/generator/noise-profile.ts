/**
 * How dirty the generated exports are. Every rate is a probability per record (or per value);
 * `clean` switches everything off, `heavy` roughly triples `default`. Each broken-input kind
 * with a rate above zero is injected at least once where an eligible record exists, so small
 * provinces still exercise every quarantine path.
 */
export interface NoiseProfile {
  /**
   * Share of organizations registered before the 2015 USCC reform that some departments still file
   * under old ids.
   */
  legacy: number;
  /** Of those legacy organizations, the share that never got a USCC at all. */
  legacyWithoutUscc: number;
  /**
   * Hand-typed USCC faults (federation uscc, Party / union covered units): swap, O for 0, case,
   * spaces, full width, check.
   */
  handTypedUscc: number;
  /**
   * Name variants in non-owning departments: brackets, region prefix, 有限公司/有限责任公司, spaces, former
   * name, traditional char.
   */
  nameVariant: number;
  /** Departments disagreeing on employees, address, division or status. */
  attributeDisagreement: number;
  /**
   * Broken records (bad dates, negative / absurd employees, unknown enums, wrong column count,
   * invalid bytes).
   */
  brokenRecord: number;
  /** Exact duplicate rows / lines. */
  duplicateRow: number;
  /** Truncated copies of drop files (and, in `heavy`, an empty one). */
  truncatedFiles: boolean;
  emptyFiles: boolean;
  /**
   * Statistics cells written as text instead of numbers (and 行业代码 as a number that loses its
   * leading zero).
   */
  numbersAsText: number;
  /** Statistics 报告期 cells written as Excel dates instead of text. */
  excelDates: number;
  /** Social organizations of the older civil-affairs snapshot missing from the newer one. */
  missingFromNewerSnapshot: number;
}

/** The realistic default: every fault SPEC lists, at low rates. */
export const DEFAULT_NOISE: NoiseProfile = {
  legacy: 0.08,
  legacyWithoutUscc: 0.4,
  handTypedUscc: 0.15,
  nameVariant: 0.15,
  attributeDisagreement: 0.15,
  brokenRecord: 0.004,
  duplicateRow: 0.002,
  truncatedFiles: true,
  emptyFiles: false,
  numbersAsText: 0.1,
  excelDates: 0.2,
  missingFromNewerSnapshot: 0.03,
};

/** No noise at all: every department agrees, nothing is broken. */
export const CLEAN_NOISE: NoiseProfile = {
  legacy: 0,
  legacyWithoutUscc: 0,
  handTypedUscc: 0,
  nameVariant: 0,
  attributeDisagreement: 0,
  brokenRecord: 0,
  duplicateRow: 0,
  truncatedFiles: false,
  emptyFiles: false,
  numbersAsText: 0,
  excelDates: 0,
  missingFromNewerSnapshot: 0,
};

/** Stress profile: roughly three times the default rates, plus an empty file. */
export const HEAVY_NOISE: NoiseProfile = {
  legacy: 0.2,
  legacyWithoutUscc: 0.5,
  handTypedUscc: 0.4,
  nameVariant: 0.4,
  attributeDisagreement: 0.35,
  brokenRecord: 0.015,
  duplicateRow: 0.008,
  truncatedFiles: true,
  emptyFiles: true,
  numbersAsText: 0.3,
  excelDates: 0.5,
  missingFromNewerSnapshot: 0.08,
};

/** Resolves a profile name or a partial profile (merged over `default`). */
export function resolveNoise(
  noise: Partial<NoiseProfile> | 'default' | 'clean' | 'heavy' | undefined,
): NoiseProfile {
  if (noise === undefined || noise === 'default') return { ...DEFAULT_NOISE };
  if (noise === 'clean') return { ...CLEAN_NOISE };
  if (noise === 'heavy') return { ...HEAVY_NOISE };
  return { ...DEFAULT_NOISE, ...noise };
}
