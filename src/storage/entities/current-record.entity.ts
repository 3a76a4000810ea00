import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Which version of each department record is current (当前版本), and when the record was last seen: one
 * narrow row per record key beside the wide, append-only `source_record` versions. A new version
 * moves the pointer; a record fetched again unchanged only refreshes `lastSeenAt` — both rewrite a
 * row of a few dozen bytes, on its page (fillfactor 85, nothing indexed changes), where the same
 * updates on the landing row copied a whole version with its documents, and entered it in every
 * index again. The view `current_source_record` joins the two.
 */
@Entity({ tableName: 'current_record' })
export class CurrentRecord {
  @PrimaryKey({ type: 'text' })
  source!: string;

  @PrimaryKey({ type: 'text' })
  stream!: string;

  @PrimaryKey({ type: 'text' })
  recordKey!: string;

  /** The current version (`source_record.id`). */
  @Property({ type: 'bigint' })
  sourceRecordId!: string;

  /** The current version's content hash: what an incoming version is compared with. */
  @Property({ type: 'text' })
  contentHash!: string;

  /** The department's own stamp on the current version (`canonical.observedAt`), as given. */
  @Property({ type: 'text', nullable: true })
  observedAt?: string | null;

  /** When a pull last saw the record, whatever its version. */
  @Property({ type: 'timestamptz' })
  lastSeenAt!: Date;

  /**
   * Set when a newer full snapshot of the stream no longer contains the key (the record is kept).
   */
  @Property({ type: 'timestamptz', nullable: true })
  absentSince?: Date | null;
}
