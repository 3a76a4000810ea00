import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { CoverageFacts } from '../../coverage/coverage-facts';

/**
 * The coverage evaluation of one organization under one rule set, valid from one time to the next
 * change (history kept, so any question can be asked as of a date). The full evaluation with its
 * reasons is in `facts`; the columns beside it are copies for fast filters and aggregates.
 */
@Entity({ tableName: 'coverage_fact' })
@Index({
  name: 'coverage_fact_current',
  expression:
    'create unique index "coverage_fact_current" on "coverage_fact" ("rule_set", ' +
    '"organization_id") where "valid_to" is null',
})
@Index({ properties: ['organizationId', 'ruleSet', 'validFrom'] })
// One partial index per gap flag: a gap list page reads only its own rows.
@Index({
  name: 'coverage_fact_p1_gap',
  expression:
    'create index "coverage_fact_p1_gap" on "coverage_fact" ("rule_set", "organization_id") ' +
    'where "valid_to" is null and "p1_gap"',
})
@Index({
  name: 'coverage_fact_u1_gap',
  expression:
    'create index "coverage_fact_u1_gap" on "coverage_fact" ("rule_set", "organization_id") ' +
    'where "valid_to" is null and "u1_gap"',
})
@Index({
  name: 'coverage_fact_k1_party_gap',
  expression:
    'create index "coverage_fact_k1_party_gap" on "coverage_fact" ("rule_set", ' +
    '"organization_id") where "valid_to" is null and "k1_party_gap"',
})
@Index({
  name: 'coverage_fact_k1_union_gap',
  expression:
    'create index "coverage_fact_k1_union_gap" on "coverage_fact" ("rule_set", ' +
    '"organization_id") where "valid_to" is null and "k1_union_gap"',
})
@Index({
  name: 'coverage_fact_m1',
  expression:
    'create index "coverage_fact_m1" on "coverage_fact" ("rule_set", "organization_id") where ' +
    '"valid_to" is null and "m1"',
})
@Index({
  name: 'coverage_fact_m2',
  expression:
    'create index "coverage_fact_m2" on "coverage_fact" ("rule_set", "organization_id") where ' +
    '"valid_to" is null and "m2"',
})
@Index({
  name: 'coverage_fact_c1_gap',
  expression:
    'create index "coverage_fact_c1_gap" on "coverage_fact" ("rule_set", "organization_id") ' +
    'where "valid_to" is null and "c1_gap"',
})
@Index({
  name: 'coverage_fact_j1_party',
  expression:
    'create index "coverage_fact_j1_party" on "coverage_fact" ("rule_set", "organization_id") ' +
    'where "valid_to" is null and "j1_party"',
})
@Index({
  name: 'coverage_fact_j1_union',
  expression:
    'create index "coverage_fact_j1_union" on "coverage_fact" ("rule_set", "organization_id") ' +
    'where "valid_to" is null and "j1_union"',
})
@Index({
  name: 'coverage_fact_k1_target',
  expression:
    'create index "coverage_fact_k1_target" on "coverage_fact" ("rule_set", "organization_id") ' +
    'where "valid_to" is null and "k1_target"',
})
export class CoverageFact {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'bigint' })
  organizationId!: string;

  @Property({ type: 'text' })
  ruleSet!: string;

  @Property({ type: 'timestamptz' })
  validFrom!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  validTo?: Date | null;

  @Property({ type: 'json' })
  facts!: CoverageFacts;

  /**
   * The reasons behind the flags that are set, alone: small enough for gap pages to read without
   * the full evaluation.
   */
  @Property({ type: 'json' })
  flagReasons!: CoverageFacts['reasons'];

  @Property({ type: 'text' }) kind!: string;
  @Property({ type: 'text' }) category!: string;
  @Property({ type: 'boolean' }) active!: boolean;
  @Property({ type: 'boolean' }) inScope!: boolean;
  @Property({ type: 'text', nullable: true }) outOfScopeReason?: string | null;
  @Property({ type: 'text', nullable: true }) division?: string | null;
  @Property({ type: 'text', nullable: true }) city?: string | null;
  @Property({ type: 'text', nullable: true }) street?: string | null;
  @Property({ type: 'text', nullable: true }) park?: string | null;
  /** Commercial building (商务楼宇) named by the golden address, for J1 grouping. */
  @Property({ type: 'text', nullable: true }) building?: string | null;
  @Property({ type: 'text', nullable: true }) industryCode?: string | null;
  @Property({ type: 'text', nullable: true }) industrySection?: string | null;
  @Property({ type: 'integer', nullable: true }) employees?: number | null;
  @Property({ type: 'text', nullable: true }) employeesSource?: string | null;
  @Property({ type: 'boolean' }) employeesUnknown!: boolean;
  @Property({ type: 'integer' }) partyMembers!: number;
  @Property({ type: 'text' }) partyCoverage!: string;
  @Property({ type: 'text' }) unionCoverage!: string;
  @Property({ type: 'boolean', fieldName: 'p1_required' }) p1Required!: boolean;
  @Property({ type: 'boolean', fieldName: 'p1_met' }) p1Met!: boolean;
  @Property({ type: 'boolean', fieldName: 'p1_gap' }) p1Gap!: boolean;
  @Property({ type: 'boolean', fieldName: 'u1_required' }) u1Required!: boolean;
  @Property({ type: 'boolean', fieldName: 'u1_met' }) u1Met!: boolean;
  @Property({ type: 'boolean', fieldName: 'u1_gap' }) u1Gap!: boolean;
  @Property({ type: 'boolean', fieldName: 'k1_target' }) k1Target!: boolean;
  @Property({ type: 'boolean', fieldName: 'k1_party_gap' }) k1PartyGap!: boolean;
  @Property({ type: 'boolean', fieldName: 'k1_union_gap' }) k1UnionGap!: boolean;
  @Property({ type: 'boolean' }) m1!: boolean;
  @Property({ type: 'boolean' }) m2!: boolean;
  @Property({ type: 'boolean', fieldName: 'c1_gap' }) c1Gap!: boolean;
  @Property({ type: 'boolean', fieldName: 'j1_party' }) j1Party!: boolean;
  @Property({ type: 'boolean', fieldName: 'j1_union' }) j1Union!: boolean;
}
