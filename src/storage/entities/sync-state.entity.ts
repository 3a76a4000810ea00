import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Where the next incremental pull of one stream starts (cursor, `updated_since`, file hashes). */
@Entity({ tableName: 'sync_state' })
export class SyncState {
  @PrimaryKey({ type: 'text' })
  source!: string;

  @PrimaryKey({ type: 'text' })
  stream!: string;

  @Property({ type: 'json' })
  checkpoint: Record<string, unknown> = {};

  @Property({ type: 'bigint', nullable: true })
  lastRunId?: string | null;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
