import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An organization whose graph changed since its coverage was last evaluated (the coverage stage's
 * inbox).
 */
@Entity({ tableName: 'coverage_dirty' })
export class CoverageDirty {
  @PrimaryKey({ type: 'bigint', autoincrement: false })
  organizationId!: string;

  @Property({ type: 'timestamptz' })
  markedAt: Date = new Date();
}
