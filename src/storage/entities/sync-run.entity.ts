import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export type SyncRunState = 'running' | 'succeeded' | 'failed';

/** One pull of one feed: what it fetched and what became of it. */
@Entity({ tableName: 'sync_run' })
@Index({ properties: ['source', 'startedAt'] })
export class SyncRun {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  source!: string;

  @Property({ type: 'text' })
  state: SyncRunState = 'running';

  /** A full resync ignores the saved checkpoint. */
  @Property({ type: 'boolean' })
  full = false;

  @Property({ type: 'text', nullable: true })
  jobId?: string | null;

  @Property({ type: 'integer' })
  fetched = 0;

  @Property({ type: 'integer', fieldName: 'new_count' })
  created = 0;

  @Property({ type: 'integer' })
  changed = 0;

  @Property({ type: 'integer' })
  unchanged = 0;

  @Property({ type: 'integer' })
  quarantined = 0;

  @Property({ type: 'text', nullable: true })
  error?: string | null;

  @Property({ type: 'timestamptz' })
  startedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;
}
