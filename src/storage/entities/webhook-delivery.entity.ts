import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** One change to deliver to one subscription, and how delivering it went. */
@Entity({ tableName: 'webhook_delivery' })
@Unique({ properties: ['subscriptionId', 'changeId'] })
@Index({ properties: ['subscriptionId', 'id'] })
export class WebhookDelivery {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'bigint' })
  subscriptionId!: string;

  @Property({ type: 'bigint' })
  changeId!: string;

  /** `pending`, `delivered` or `failed` (every retry spent). */
  @Property({ type: 'text', default: 'pending' })
  status!: string;

  @Property({ type: 'integer', default: 0 })
  attempts!: number;

  /** The receiver's last HTTP status, or null when it could not be reached. */
  @Property({ type: 'integer', nullable: true })
  lastStatus?: number | null;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt?: Date | null;
}
