import type { LineSink } from './line-sink';

/**
 * Writes `truth.jsonl`: which true organization is behind each emitted source record
 * (one line per distinct source / stream / key) and behind each roster reference
 * (covered units, chambers, sponsors: lines with `ref`).
 */
export class TruthLog {
  lines = 0;

  constructor(private readonly sink: LineSink) {}

  /**
   * A source record; `org` is null when the record is not an organization (a Party org, a union, a
   * person).
   */
  record(source: string, stream: string, key: string, org: string | null): void {
    this.sink.writeJson({ source, stream, key, org });
    this.lines += 1;
  }

  /** A reference inside a record (e.g. `covered_units[2]`) that names an organization. */
  ref(source: string, stream: string, key: string, ref: string, org: string): void {
    this.sink.writeJson({ source, stream, key, ref, org });
    this.lines += 1;
  }
}
