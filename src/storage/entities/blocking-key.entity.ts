import { Entity, Index, PrimaryKey } from '@mikro-orm/core';

/**
 * Blocking index (分块键): organizations under each blocking key of their profile, so a new record
 * is compared with the few organizations sharing a key, never with all of them.
 */
@Entity({ tableName: 'blocking_key' })
@Index({ properties: ['organizationId'] })
export class BlockingKey {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @PrimaryKey({ type: 'bigint', autoincrement: false })
  organizationId!: string;
}
