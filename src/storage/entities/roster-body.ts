import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { VenueSixHaves } from './venue';

/**
 * What a Party organization and a trade union share as roster entries (their tables' common
 * columns).
 */
@Entity({ abstract: true })
export abstract class RosterBody {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** The roster's own id (org_id, union_id). */
  @Property({ type: 'text', unique: true })
  recordKey!: string;

  @Property({ type: 'text' })
  name!: string;

  /** 单独组建 | 联合组建 | 区域性 | 行业性 (Party); 单独建会 | 联合建会 | 区域性 | 行业性 (union). */
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

  @Property({ type: 'json', nullable: true })
  venue?: VenueSixHaves | null;

  @Property({ type: 'bigint' })
  sourceRecordId!: string;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
