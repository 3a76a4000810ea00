import { Entity, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Organization } from './organization.entity';

/** A retired organization id (after a merge) that still resolves to the surviving organization. */
@Entity({ tableName: 'organization_alias' })
export class OrganizationAlias {
  @PrimaryKey({ type: 'bigint', autoincrement: false })
  retiredId!: string;

  @ManyToOne(() => Organization, { deleteRule: 'cascade', index: true })
  organization!: Rel<Organization>;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'timestamptz' })
  retiredAt: Date = new Date();
}
