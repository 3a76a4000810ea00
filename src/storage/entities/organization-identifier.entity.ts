import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Organization } from './organization.entity';

/**
 * An identifier (USCC, organization code, registration number, tax id) and the organization it
 * names.
 */
@Entity({ tableName: 'organization_identifier' })
@Unique({ properties: ['scheme', 'value'] })
export class OrganizationIdentifier {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  scheme!: string;

  @Property({ type: 'text' })
  value!: string;

  @ManyToOne(() => Organization, { deleteRule: 'cascade', index: true })
  organization!: Rel<Organization>;

  @Property({ type: 'timestamptz' })
  firstSeenAt: Date = new Date();
}
