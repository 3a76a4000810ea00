import { Entity, PrimaryKey } from '@mikro-orm/core';

/**
 * An organization whose golden values wait for recomputation: resolution defers survivorship for
 * organizations touched by identifier links, so that each is recomputed once per run, not per
 * chunk.
 */
@Entity({ tableName: 'golden_dirty' })
export class GoldenDirty {
  @PrimaryKey({ type: 'bigint', autoincrement: false })
  organizationId!: string;
}
