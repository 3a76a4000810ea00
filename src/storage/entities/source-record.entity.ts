import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { CanonicalRecord } from '../../canonical/canonical-record';

/**
 * Landing zone (落地区): one row per version of a department's record, written once. Replays hit the
 * unique (source, stream, key, hash) and change nothing; which version of a key is current, and
 * when the key was last seen, is kept apart in `current_record`.
 */
@Entity({ tableName: 'source_record' })
@Unique({ properties: ['source', 'stream', 'recordKey', 'contentHash'] })
export class SourceRecord {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  source!: string;

  @Property({ type: 'text' })
  stream!: string;

  @Property({ type: 'text' })
  recordKey!: string;

  /** SHA-256 of the record's canonical JSON (keys sorted), hex. */
  @Property({ type: 'text' })
  contentHash!: string;

  /** The record as the department sent it. */
  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  /** The connector's mapping of it (what resolution reads). */
  @Property({ type: 'json' })
  canonical!: CanonicalRecord;

  /** File (name + SHA-256) or page (URL) the version arrived in, and where inside it. */
  @Property({ type: 'text' })
  origin!: string;

  @Property({ type: 'text', nullable: true })
  position?: string | null;

  @Property({ type: 'bigint' })
  runId!: string;

  /** When this version first arrived. */
  @Property({ type: 'timestamptz' })
  firstSeenAt: Date = new Date();
}
