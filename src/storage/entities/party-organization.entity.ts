import { Entity, Index, Property } from '@mikro-orm/core';
import { RosterBody } from './roster-body';

/** A Party organization (党组织) from the organization department's roster. */
@Entity({ tableName: 'party_organization' })
@Index({ properties: ['divisionCode'] })
export class PartyOrganization extends RosterBody {
  /** 党委 | 党总支 | 党支部 | 联合党支部 | 临时党支部 */
  @Property({ type: 'text', nullable: true })
  level?: string | null;

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
}
