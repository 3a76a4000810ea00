import type { Rng } from '../rng';
import type { NoiseProfile } from '../noise-profile';
import type { FaultLog } from '../output/fault-log';
import type { TruthLog } from '../output/truth-log';
import type { TrueOrg } from '../truth/organization';
import type { OrgView } from '../truth/org-view';
import type { CoveragePlan } from '../truth/coverage-plan';

/** What every feed writer shares across a generation. */
export interface FeedShared {
  outDir: string;
  feedsDir: string;
  noise: NoiseProfile;
  nowMs: number;
  truth: TruthLog;
  faults: FaultLog;
}

/** One chunk of organizations and the views the feeds fill for them. */
export interface Chunk {
  no: number;
  orgs: TrueOrg[];
  plan: CoveragePlan;
  views: Map<number, OrgView>;
  rng: Rng;
  /**
   * Organizations whose registry record was already broken in this chunk (at most one per
   * organization).
   */
  faulted: Set<number>;
}

/** A feed that writes records for organizations, chunk by chunk. */
export interface FeedWriter {
  /** Writes the chunk's records and records what a correct ingest would learn in the views. */
  writeChunk(chunk: Chunk): void;
  flush(): Promise<void>;
  /**
   * Finishes files (and derived files such as workbooks); returns files written, relative to
   * outDir.
   */
  close(): Promise<string[]>;
  /** Records per stream, e.g. `{ 'market-regulation/enterprises': 812 }`. */
  counts(): Record<string, number>;
}

/**
 * True when a registry record of the organization may be broken: it is not a threshold fixture,
 * none of its registry records is broken yet, and it has a registry record other than `except`
 * (so a quarantined record never hides the organization from the hub).
 */
export function mayBreakRegistryRecord(
  org: TrueOrg,
  chunk: Chunk,
  except: 'market' | 'civil' | 'tax' | 'statistics',
): boolean {
  return !org.pinned && !chunk.faulted.has(org.index) && hasOtherRegistry(org, except);
}

/** True when the organization has a registry record other than `except`. */
export function hasOtherRegistry(
  org: TrueOrg,
  except: 'market' | 'civil' | 'tax' | 'statistics',
): boolean {
  const market = org.entType !== null && except !== 'market';
  const civil = org.social !== null && except !== 'civil';
  const tax = org.inTax && except !== 'tax';
  const stats = org.inStatistics && except !== 'statistics';
  return market || civil || tax || stats;
}
