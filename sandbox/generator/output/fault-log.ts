import type { LineSink } from './line-sink';

/** Quarantine reasons a correct ingest gives for the broken input the generator injects. */
export type FaultReason =
  | 'wrong-column-count'
  | 'invalid-encoding'
  | 'invalid-date'
  | 'negative-number'
  | 'absurd-number'
  | 'unknown-enum'
  | 'duplicate-row'
  | 'truncated-file'
  | 'empty-file';

/** One injected fault: where it is and what a correct ingest should say about it. */
export interface FaultEntry {
  feed: string;
  /** Path relative to `OUT/feeds/<feed>/`. */
  file: string;
  reason: FaultReason;
  /** Record key of the faulty record (null for file-level faults). */
  key: string | null;
  /**
   * 1-based physical line (ndjson, csv incl. header) or worksheet row; null for file-level faults.
   */
  line?: number | null;
  row?: number | null;
  sheet?: string;
  /** API page the record is served on (http feeds, sandbox page size). */
  page?: number;
  /** The true organization behind the record, when there is one. */
  org?: string | null;
  detail?: string;
}

/** Writes `faults.jsonl` and counts entries per reason. */
export class FaultLog {
  readonly counts: Record<string, number> = {};

  constructor(private readonly sink: LineSink) {}

  add(entry: FaultEntry): void {
    this.counts[entry.reason] = (this.counts[entry.reason] ?? 0) + 1;
    this.sink.writeJson(entry);
  }

  get total(): number {
    return Object.values(this.counts).reduce((a, b) => a + b, 0);
  }
}
