import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A landed record version waiting for resolution (待归集): landing adds every new current version,
 * resolution removes it in the transaction that resolves it. A narrow row of its own, so that
 * marking a record resolved never rewrites the wide landing row.
 */
@Entity({ tableName: 'resolution_queue' })
@Index({ properties: ['entity', 'hasUscc', 'sourceRecordId'] })
export class ResolutionQueue {
  @PrimaryKey({ type: 'bigint', autoincrement: false })
  sourceRecordId!: string;

  /** The canonical entity (`organization`, `party-organization`, …): resolution takes organizations first. */
  @Property({ type: 'text' })
  entity!: string;

  /** Whether the record states a valid USCC: those resolve by identifier, before the matcher runs. */
  @Property({ type: 'boolean' })
  hasUscc!: boolean;
}
