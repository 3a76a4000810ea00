import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { CanonicalRecord } from '../../canonical/canonical-record';

/**
 * Landing zone: one row per version of a department's record. Replays hit the unique
 * (source, stream, key, hash) and change nothing; exactly one version per key is current.
 */
@Entity({ tableName: 'source_record' })
@Unique({ properties: ['source', 'stream', 'recordKey', 'contentHash'] })
@Index({ name: 'source_record_current_key', expression:
  'create unique index "source_record_current_key" on "source_record" ("source", "stream", "record_key") where "is_current"' })
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

  @Property({ type: 'boolean' })
  isCurrent = true;

  @Property({ type: 'timestamptz' })
  firstSeenAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  lastSeenAt: Date = new Date();

  /** Set when a newer full snapshot of the stream no longer contains the key (never deleted). */
  @Property({ type: 'timestamptz', nullable: true })
  absentSince?: Date | null;
}
