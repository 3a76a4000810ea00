import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A portal's subscription to the change feed (变化推送): where to post, what, for which region. */
@Entity({ tableName: 'webhook_subscription' })
export class WebhookSubscription {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  url!: string;

  /** Change kinds delivered (OPENED, CLOSED, THRESHOLD_REACHED, THRESHOLD_LEFT). */
  @Property({ type: 'text[]' })
  events!: string[];

  /** Only this GapRule's changes, when set. */
  @Property({ type: 'text', nullable: true })
  rule?: string | null;

  /** Only this region's (division code or prefix), when set. */
  @Property({ type: 'text', nullable: true })
  region?: string | null;

  @Property({ type: 'text', default: 'shaanxi-2021' })
  ruleSet!: string;

  /** The HMAC key of the signatures. */
  @Property({ type: 'text' })
  secret!: string;

  /** The newest change already turned into deliveries. */
  @Property({ type: 'bigint', default: 0 })
  lastChangeId!: string;

  @Property({ type: 'boolean', default: true })
  active!: boolean;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
