import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export type LinkReviewStatus = 'open' | 'confirmed' | 'rejected';

/**
 * A possible link the matcher was not sure of (weight between the review and auto-link
 * thresholds): the record stays with its current organization until a person decides.
 */
@Entity({ tableName: 'link_review' })
@Index({ properties: ['status', 'id'] })
export class LinkReview {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  source!: string;

  @Property({ type: 'text' })
  stream!: string;

  @Property({ type: 'text' })
  recordKey!: string;

  /** The organization the record is linked to now. */
  @Property({ type: 'bigint', nullable: true })
  currentOrganizationId?: string | null;

  /** The organization the matcher suggests. */
  @Property({ type: 'bigint' })
  candidateOrganizationId!: string;

  @Property({ type: 'double' })
  weight!: number;

  @Property({ type: 'json' })
  reasons!: Array<Record<string, unknown>>;

  @Property({ type: 'text' })
  status: LinkReviewStatus = 'open';

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'text', nullable: true })
  decidedBy?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
