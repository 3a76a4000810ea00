import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { VenueSixHaves } from './venue';

/** A Party organization (党组织) from the organization department's roster. */
@Entity({ tableName: 'party_organization' })
@Index({ properties: ['divisionCode'] })
export class PartyOrganization {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** The roster's org_id. */
  @Property({ type: 'text', unique: true })
  recordKey!: string;

  @Property({ type: 'text' })
  name!: string;

  /** 党委 | 党总支 | 党支部 | 联合党支部 | 临时党支部 */
  @Property({ type: 'text', nullable: true })
  level?: string | null;

  /** 单独组建 | 联合组建 | 区域性 | 行业性 */
  @Property({ type: 'text' })
  form!: string;

  @Property({ type: 'text', nullable: true })
  status?: string | null;

  @Property({ type: 'boolean' })
  active = true;

  @Property({ type: 'text', nullable: true })
  divisionCode?: string | null;

  @Property({ type: 'date', nullable: true })
  establishedOn?: string | null;

  /** Regional forms: 园区 | 专业市场 | 商业街区 | 商务楼宇, and its name. */
  @Property({ type: 'text', nullable: true })
  areaKind?: string | null;

  @Property({ type: 'text', nullable: true })
  areaName?: string | null;

  /** Industry forms: the sponsoring association or chamber. */
  @Property({ type: 'text', nullable: true })
  sponsorName?: string | null;

  @Property({ type: 'bigint', nullable: true })
  sponsorOrganizationId?: string | null;

  @Property({ type: 'json', nullable: true })
  venue?: VenueSixHaves | null;

  @Property({ type: 'bigint' })
  sourceRecordId!: string;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
