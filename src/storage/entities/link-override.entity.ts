import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A person's decision about one record that every later resolution run respects: `pin` keeps the
 * record with an organization, `keep-apart` forbids linking it to one.
 */
@Entity({ tableName: 'link_override' })
export class LinkOverride {
  @PrimaryKey({ type: 'text' })
  source!: string;

  @PrimaryKey({ type: 'text' })
  stream!: string;

  @PrimaryKey({ type: 'text' })
  recordKey!: string;

  @PrimaryKey({ type: 'text' })
  kind!: 'pin' | 'keep-apart';

  @Property({ type: 'bigint' })
  organizationId!: string;

  @Property({ type: 'text' })
  decidedBy!: string;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Property({ type: 'timestamptz' })
  decidedAt: Date = new Date();
}
