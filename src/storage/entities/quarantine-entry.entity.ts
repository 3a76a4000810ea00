import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** A record, page or file that could not be landed, with the reason and where it was. */
@Entity({ tableName: 'quarantine_entry' })
@Index({ properties: ['source', 'id'] })
export class QuarantineEntry {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  source!: string;

  @Property({ type: 'text' })
  stream!: string;

  @Property({ type: 'bigint', nullable: true })
  runId?: string | null;

  /** File (name + SHA-256) or page URL. */
  @Property({ type: 'text' })
  origin!: string;

  /** Line, row or record index inside the origin; null when the whole origin is quarantined. */
  @Property({ type: 'text', nullable: true })
  position?: string | null;

  /** A stable machine-readable reason (`invalid-date`, `wrong-column-count`, …). */
  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'text', nullable: true })
  detail?: string | null;

  /** The first bytes of the offending input, for a person to look at. */
  @Property({ type: 'text', nullable: true })
  excerpt?: string | null;

  @Property({ type: 'text', nullable: true })
  recordKey?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
