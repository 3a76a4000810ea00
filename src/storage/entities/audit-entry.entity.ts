import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** Who changed the graph by hand, when, why, and what exactly (merges, splits, link decisions). */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['at'] })
export class AuditEntry {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  actor!: string;

  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Property({ type: 'json' })
  detail!: Record<string, unknown>;

  @Property({ type: 'timestamptz' })
  at: Date = new Date();
}
