import { Entity, Index, Property } from '@mikro-orm/core';
import { RosterBody } from './roster-body';

/** A trade union (工会) from the federation of trade unions' roster. */
@Entity({ tableName: 'trade_union' })
@Index({ properties: ['divisionCode'] })
export class TradeUnion extends RosterBody {
  /** The union's own code (USCC category 81), when valid. */
  @Property({ type: 'text', nullable: true })
  uscc?: string | null;

  @Property({ type: 'integer', nullable: true })
  members?: number | null;

  @Property({ type: 'integer', nullable: true })
  employeesReported?: number | null;
}
