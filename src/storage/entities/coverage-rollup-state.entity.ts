import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** When a rule set's rollup was last rebuilt: API replicas key their cached summaries on it. */
@Entity({ tableName: 'coverage_rollup_state' })
export class CoverageRollupState {
  @PrimaryKey({ type: 'text' })
  ruleSet!: string;

  @Property({ type: 'timestamptz' })
  refreshedAt!: Date;
}
