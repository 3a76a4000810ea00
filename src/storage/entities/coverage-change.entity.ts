import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One change of an organization's coverage (覆盖变化): a gap opened or closed, a threshold reached
 * or left, written with the fact versions that show it. The feed portals follow
 * (`coverageChanges`).
 */
@Entity({ tableName: 'coverage_change' })
@Index({ properties: ['ruleSet', 'at', 'id'] })
@Index({ properties: ['organizationId', 'at'] })
export class CoverageChange {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  ruleSet!: string;

  @Property({ type: 'bigint' })
  organizationId!: string;

  /** The GapRule it concerns (U1_NO_STANDALONE_UNION). */
  @Property({ type: 'text' })
  rule!: string;

  /** OPENED, CLOSED, THRESHOLD_REACHED or THRESHOLD_LEFT. */
  @Property({ type: 'text' })
  change!: string;

  @Property({ type: 'timestamptz' })
  at!: Date;

  /** The organization's dimensions then, so the feed filters like the gap lists. */
  @Property({ type: 'text', nullable: true })
  division?: string | null;

  @Property({ type: 'text', nullable: true })
  industrySection?: string | null;

  @Property({ type: 'text', nullable: true })
  kind?: string | null;

  @Property({ type: 'text', nullable: true })
  category?: string | null;

  /** Why: the flag's reason when it turned on; the numbers that ended it when it turned off. */
  @Property({ type: 'jsonb', nullable: true })
  reason?: Record<string, unknown> | null;
}
