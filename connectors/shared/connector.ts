import type { Batch } from '../../src/landing/batch';
import type { FeedConfig } from '../../src/config/hub-config';
import type { SourceId } from '../../src/model/feeds';

export interface PullContext {
  feed: FeedConfig;
  /** Saved checkpoint per stream (empty object when none, or on a full resync). */
  checkpoints: Record<string, Record<string, unknown>>;
  full: boolean;
  signal?: AbortSignal;
}

/**
 * A feed's connector: pulls what is new since the checkpoints and yields batches. Connectors do no
 * database work; landing, quarantine and checkpoints are the pull processor's.
 */
export interface Connector {
  source: SourceId;
  streams: readonly string[];
  pull(context: PullContext): AsyncIterable<Batch>;
}

/** A file or page that cannot be read at all; the pull processor quarantines it whole. */
export class UnreadableOriginError extends Error {
  constructor(
    readonly stream: string,
    readonly origin: string,
    readonly reason: string,
    detail: string,
    readonly excerpt?: string,
  ) {
    super(`${origin}: ${reason}: ${detail}`);
  }
}
