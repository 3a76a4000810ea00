import { Entity, PrimaryKey } from '@mikro-orm/core';

/**
 * A roster record version (Party organization, union, member distribution) with a unit reference
 * no organization matched: resolution tries these again when new organizations arrive, without
 * scanning every roster record to find them.
 */
@Entity({ tableName: 'unresolved_reference' })
export class UnresolvedReference {
  @PrimaryKey({ type: 'bigint', autoincrement: false })
  sourceRecordId!: string;
}
