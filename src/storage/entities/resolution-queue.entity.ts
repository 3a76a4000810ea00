import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A landed record version waiting for resolution (待归集): landing adds every new current version,
 * resolution removes it in the transaction that resolves it. A narrow row of its own, so that
 * marking a record resolved never rewrites the wide landing row.
 */
@Entity({ tableName: 'resolution_queue' })
export class ResolutionQueue {
  @PrimaryKey({ type: 'bigint', autoincrement: false })
  sourceRecordId!: string;

  /**
   * The canonical entity (`organization`, `party-organization`, …): resolution takes organizations
   * first.
   */
  @Property({ type: 'text' })
  entity!: string;

  /**
   * For a record with a valid USCC, a hash of it modulo {@link USCC_SHARDS}, else null: records of
   * different shards never share an organization in the identifier pass, so shards resolve in
   * parallel.
   */
  @Property({ type: 'smallint', nullable: true })
  usccShard?: number | null;

  /**
   * The first version ever landed of its record key: no earlier version was resolved, so there is
   * no earlier link to look up (in a first load, nearly every record). False when not known.
   */
  @Property({ type: 'boolean', default: false })
  firstVersion: boolean = false;
}

/** Shards the identifier pass can be split into (its workers take shards modulo their number). */
export const USCC_SHARDS = 16;
