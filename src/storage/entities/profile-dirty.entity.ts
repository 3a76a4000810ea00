import { Entity, PrimaryKey } from '@mikro-orm/core';

/**
 * An organization whose matcher profile changed since re-resolution last looked at its
 * neighbourhood: new evidence near it may tie a floating organization to another one.
 */
@Entity({ tableName: 'profile_dirty' })
export class ProfileDirty {
  @PrimaryKey({ type: 'bigint', autoincrement: false })
  organizationId!: string;
}
