import { Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Organization } from './organization.entity';

/**
 * One value of one attribute as one department said it: the provenance behind every golden value.
 * Conflicts are simply several rows for the same attribute.
 */
@Entity({ tableName: 'organization_attribute' })
@Index({ properties: ['organization', 'name'] })
@Index({ properties: ['sourceRecordId'] })
export class OrganizationAttribute {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Rel<Organization>;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'json' })
  value!: unknown;

  @Property({ type: 'text' })
  source!: string;

  @Property({ type: 'bigint' })
  sourceRecordId!: string;

  @Property({ type: 'timestamptz' })
  observedAt!: Date;
}
