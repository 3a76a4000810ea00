import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Current coverage counts per rule set × county × industry section × kind × category: the
 * pre-aggregate that province and city questions sum in milliseconds. Rebuilt from the current
 * coverage facts after each coverage run; `''` stands for an unknown dimension.
 */
@Entity({ tableName: 'coverage_rollup' })
export class CoverageRollup {
  @PrimaryKey({ type: 'text' }) ruleSet!: string;
  @PrimaryKey({ type: 'text' }) division!: string;
  @PrimaryKey({ type: 'text' }) industrySection!: string;
  @PrimaryKey({ type: 'text' }) kind!: string;
  @PrimaryKey({ type: 'text' }) category!: string;
  @Property({ type: 'integer' }) organizations!: number;
  @Property({ type: 'integer' }) notYetEstablished!: number;
  @Property({ type: 'integer' }) inScope!: number;
  @Property({ type: 'integer' }) outOfScope!: number;
  @Property({ type: 'integer' }) inactive!: number;
  @Property({ type: 'integer' }) publicEconomic!: number;
  @Property({ type: 'integer' }) employeesUnknown!: number;
  @Property({ type: 'integer', fieldName: 'p1_required' }) p1Required!: number;
  @Property({ type: 'integer', fieldName: 'p1_met' }) p1Met!: number;
  @Property({ type: 'integer', fieldName: 'p1_gap' }) p1Gap!: number;
  @Property({ type: 'integer', fieldName: 'u1_required' }) u1Required!: number;
  @Property({ type: 'integer', fieldName: 'u1_met' }) u1Met!: number;
  @Property({ type: 'integer', fieldName: 'u1_gap' }) u1Gap!: number;
  @Property({ type: 'integer', fieldName: 'k1_targets' }) k1Targets!: number;
  @Property({ type: 'integer', fieldName: 'k1_party_gaps' }) k1PartyGaps!: number;
  @Property({ type: 'integer', fieldName: 'k1_union_gaps' }) k1UnionGaps!: number;
  @Property({ type: 'integer' }) m1!: number;
  @Property({ type: 'integer' }) m2!: number;
  @Property({ type: 'integer', fieldName: 'c1_gaps' }) c1Gaps!: number;
  @Property({ type: 'integer', fieldName: 'j1_party' }) j1Party!: number;
  @Property({ type: 'integer', fieldName: 'j1_union' }) j1Union!: number;
  @Property({ type: 'integer' }) partyCovered!: number;
  @Property({ type: 'integer' }) partyWorkOnly!: number;
  @Property({ type: 'integer' }) unionCovered!: number;
  @Property({ type: 'integer' }) dualCovered!: number;
}
