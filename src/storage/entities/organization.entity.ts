import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A resolved organization: the golden record. Its id is stable — new data never renumbers it; a
 * merge keeps the older id and leaves the retired one as an alias (see OrganizationAlias). Golden
 * values are denormalised here for fast filters; their provenance is what each RecordLink states
 * (the `organization_attribute` view).
 */
@Entity({ tableName: 'organization' })
@Index({ properties: ['divisionCode'] })
@Index({ properties: ['kind'] })
// Floating organizations (no USCC of their own) by id, for re-resolution's sweep after a bulk load.
@Index({
  name: 'organization_floating',
  expression: 'create index "organization_floating" on "organization" ("id") where "uscc" is null',
})
@Index({
  name: 'organization_name_trgm',
  expression:
    'create index "organization_name_trgm" on "organization" using gin ("name" gin_trgm_ops)',
})
export class Organization {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** The validated USCC that identifies it, when it has one. */
  @Property({ type: 'text', nullable: true, unique: true })
  uscc?: string | null;

  @Property({ type: 'text' })
  name!: string;

  /**
   * Normalized name (width, brackets, legal form, simplified characters) for lookup and blocking.
   */
  @Property({ type: 'text', nullable: true, index: true })
  nameKey?: string | null;

  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text', nullable: true })
  status?: string | null;

  @Property({ type: 'boolean' })
  active = true;

  @Property({ type: 'text', nullable: true })
  divisionCode?: string | null;

  @Property({ type: 'text', nullable: true })
  industryCode?: string | null;

  @Property({ type: 'integer', nullable: true })
  employees?: number | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
