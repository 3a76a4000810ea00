import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * How name cores are spread over all organizations (名称频度), as last read from the blocking index:
 * one row, shared by every process, so that a worker that starts does not scan the index again
 * (2 s at a million organizations) while the graph has hardly changed since.
 */
@Entity({ tableName: 'name_frequency_statistic' })
export class NameFrequencyStatistic {
  /** Always true (the only value the hub writes): the table holds one row. */
  @PrimaryKey({ type: 'boolean' })
  singleton = true;

  /** Organizations carrying a name core (Σ n over cores). */
  @Property({ type: 'bigint' })
  total!: string;

  /** Σ n² / (Σ n)²: how often a name core typically recurs (see NameFrequencyStats). */
  @Property({ type: 'double' })
  typicalFrequency!: number;

  /** The planner's organization count when read (the row is stale once that moved by a tenth). */
  @Property({ type: 'double' })
  organizations!: number;

  @Property({ type: 'timestamptz' })
  computedAt!: Date;
}
