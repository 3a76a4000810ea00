import type { CanonicalRecord } from '../canonical/canonical-record';

/** One department record, as sent and as mapped. */
export interface MappedRecord {
  key: string;
  /** The record as the department sent it (hashed for idempotent landing). */
  payload: Record<string, unknown>;
  canonical: CanonicalRecord;
  /** Line, row or index inside the batch's origin. */
  position?: string;
}

/** A record (or, with `position` null, a whole file or page) that cannot be landed. */
export interface Rejection {
  /** Stable machine-readable reason, e.g. `invalid-date`, `wrong-column-count`. */
  reason: string;
  detail?: string;
  position?: string | null;
  excerpt?: string;
  recordKey?: string;
}

/**
 * What a connector hands to landing: records and rejections from one file or page. A batch lands
 * in one transaction together with its checkpoint, so a crash resumes after the last whole batch.
 */
export interface Batch {
  stream: string;
  /** The file (name + SHA-256) or page (URL) the batch came from. */
  origin: string;
  records: MappedRecord[];
  rejections: Rejection[];
  /** The stream's checkpoint once this batch is committed. */
  checkpoint?: Record<string, unknown>;
  /**
   * Set on every batch of a full-snapshot file (civil affairs, federation, union roster): the
   * file's identity. On the file's last batch `final` is true, and landing marks the stream's
   * records that the snapshot no longer contains as absent (never deleting them).
   */
  snapshot?: { file: string; final: boolean };
}

export function isRejection(value: MappedRecord | Rejection): value is Rejection {
  return 'reason' in value;
}
