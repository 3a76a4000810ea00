import type { NoiseProfile } from './noise-profile';

/** Options of {@link generateProvince}. */
export interface GenerateOptions {
  /** Number of organizations (ground truth), chambers included. */
  orgs: number;
  seed: number;
  outDir: string;
  /** Noise profile name, or a partial profile merged over `default`. */
  noise?: Partial<NoiseProfile> | 'default' | 'clean' | 'heavy';
  /** The generation's "now"; defaults to {@link DEFAULT_NOW} so output is reproducible. */
  now?: Date;
  onProgress?: (done: number, total: number) => void;
}

/** What one generation wrote. */
export interface GenerationSummary {
  outDir: string;
  orgs: number;
  seed: number;
  now: string;
  /** Files written, relative to outDir. */
  files: string[];
  /** Records per feed stream (e.g. `market-regulation/enterprises`). */
  counts: Record<string, number>;
  faults: Record<string, number>;
  truthLines: number;
  expected: ExpectedFigures;
  durationMs: number;
}

/** Rule figures of one scope (province, a city, an industry section). */
export interface ExpectedFigures {
  organizations: number;
  activeInScope: number;
  inactive: number;
  outOfScope: number;
  employeesUnknown: number;
  P1: { required: number; met: number; gap: number };
  U1: { required: number; met: number; gap: number };
  K1: { targets: number; partyGaps: number; unionGaps: number };
  M1: number;
  M2: number;
  C1: { converted: number; gaps: number };
  J1: { party: number; union: number };
}

/** Fixed default clock: 2026-11-24T10:00:00+08:00. */
export const DEFAULT_NOW = new Date('2026-11-24T10:00:00+08:00');

/**
 * Organizations generated and written per batch; part of the output's identity (do not vary per
 * run).
 */
export const CHUNK_SIZE = 1000;
