import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** A follow-up case (跟进个案): one organization's gap, worked until founded or explained. */
@Entity({ tableName: 'follow_up_case' })
@Index({ properties: ['organizationId'] })
@Index({ properties: ['region', 'state'] })
export class FollowUpCase {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'bigint' })
  organizationId!: string;

  @Property({ type: 'text' })
  ruleSet!: string;

  /** The GapRule followed up. */
  @Property({ type: 'text' })
  rule!: string;

  /** OPEN, CONTACTED, VISITED, FOUNDING, FOUNDED, NOT_APPLICABLE or DATA_ERROR. */
  @Property({ type: 'text' })
  state!: string;

  /** The organization's division when the case opened (whose region works it). */
  @Property({ type: 'text', nullable: true })
  region?: string | null;

  @Property({ type: 'text', nullable: true })
  assignee?: string | null;

  @Property({ type: 'date', nullable: true })
  due?: string | null;

  /** NOT_APPLICABLE's reason; DATA_ERROR's department and correction; FOUNDED's evidence. */
  @Property({ type: 'jsonb', nullable: true })
  outcome?: Record<string, unknown> | null;

  @Property({ type: 'text' })
  openedBy!: string;

  @Property({ type: 'timestamptz' })
  openedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  /** Who closed it: a person's identity, or `hub` when a roster proved it. */
  @Property({ type: 'text', nullable: true })
  closedBy?: string | null;
}
