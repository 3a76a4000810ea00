import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One merge of two organizations (合并), by a person or by re-resolution: which id survived,
 * which was retired (it stays an alias), who decided and on what evidence.
 */
@Entity({ tableName: 'organization_merge' })
@Index({ properties: ['survivorId'] })
@Index({ properties: ['retiredId'] })
export class OrganizationMerge {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'bigint' })
  survivorId!: string;

  @Property({ type: 'bigint' })
  retiredId!: string;

  /** `person:<actor>` or `resolver`. */
  @Property({ type: 'text' })
  decidedBy!: string;

  /** What tied the two: the record and the link verdict, or a person's reason. */
  @Property({ type: 'json' })
  evidence!: Record<string, unknown>;

  @Property({ type: 'timestamptz' })
  mergedAt: Date = new Date();
}
