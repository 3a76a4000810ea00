import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { VenueSixHaves } from './venue';

/** A trade union (工会) from the federation of trade unions' roster. */
@Entity({ tableName: 'trade_union' })
@Index({ properties: ['divisionCode'] })
export class TradeUnion {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** The roster's union_id. */
  @Property({ type: 'text', unique: true })
  recordKey!: string;

  /** The union's own code (USCC category 81), when valid. */
  @Property({ type: 'text', nullable: true })
  uscc?: string | null;

  @Property({ type: 'text' })
  name!: string;

  /** 单独建会 | 联合建会 | 区域性 | 行业性 */
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

  @Property({ type: 'integer', nullable: true })
  members?: number | null;

  @Property({ type: 'integer', nullable: true })
  employeesReported?: number | null;

  @Property({ type: 'json', nullable: true })
  venue?: VenueSixHaves | null;

  @Property({ type: 'bigint' })
  sourceRecordId!: string;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
