import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Organization } from './organization.entity';

/** Why a department's record belongs to an organization: per record key, across its versions. */
@Entity({ tableName: 'record_link' })
@Unique({ properties: ['source', 'stream', 'recordKey'] })
export class RecordLink {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  source!: string;

  @Property({ type: 'text' })
  stream!: string;

  @Property({ type: 'text' })
  recordKey!: string;

  @ManyToOne(() => Organization, { deleteRule: 'cascade', index: true })
  organization!: Rel<Organization>;

  /** Match weight (log2 odds for probabilistic links; +∞ stored as a large number for rules). */
  @Property({ type: 'double' })
  weight!: number;

  /** Per-field reasons, e.g. `[{field: 'uscc', level: 'exact'}]`. */
  @Property({ type: 'json' })
  reasons!: Array<Record<string, unknown>>;

  /** `rule:<name>`, `model:<version>` or `person:<who>`. */
  @Property({ type: 'text' })
  decidedBy!: string;

  @Property({ type: 'timestamptz' })
  decidedAt: Date = new Date();
}
