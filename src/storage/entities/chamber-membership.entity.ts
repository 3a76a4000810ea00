import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** Member → chamber of commerce / industry association (工商联 `chambers`; rule J1 grouping). */
@Entity({ tableName: 'chamber_membership' })
@Index({ properties: ['organizationId'] })
@Index({ properties: ['chamberName'] })
export class ChamberMembership {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'bigint' })
  organizationId!: string;

  @Property({ type: 'text' })
  chamberName!: string;

  /** The chamber as an organization, when its reference resolves. */
  @Property({ type: 'bigint', nullable: true })
  chamberOrganizationId?: string | null;

  /** 会长单位 | 副会长单位 | 理事单位 | 会员 */
  @Property({ type: 'text', nullable: true })
  role?: string | null;

  @Property({ type: 'bigint' })
  sourceRecordId!: string;
}
