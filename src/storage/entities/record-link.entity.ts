import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Organization } from './organization.entity';

/**
 * Why a department's record belongs to an organization: per record key, across its versions. The
 * link also carries what the resolved version states about the organization (`attributes`), the
 * provenance behind every golden value: one row written per record instead of one per value, and a
 * record that moves takes its values with it. The view `organization_attribute` lists them one
 * value a row; conflicts are several rows for the same attribute.
 */
@Entity({ tableName: 'record_link' })
@Unique({ properties: ['source', 'stream', 'recordKey'] })
// Links decided by a unit's name alone, by that name: judged again when the name stops being
// unique.
@Index({
  name: 'record_link_named_unit',
  expression: `create index "record_link_named_unit"
  on "record_link" (("reasons"->0->>'nameKey')) where "decided_by" = 'rule:name'`,
})
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

  /**
   * The record version whose statements `attributes` holds. Not indexed: it changes with every
   * version, and an indexed column would keep those updates off their page (see the migration of
   * 2026-12-03).
   */
  @Property({ type: 'bigint', nullable: true })
  sourceRecordId?: string;

  /** Attribute name → value, as the record version states them (see `attributesOf`). */
  @Property({ type: 'json', default: '{}' })
  attributes: Record<string, unknown> = {};

  /** When the department observed what the record states. */
  @Property({ type: 'timestamptz', nullable: true })
  observedAt?: Date;
}
