import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Division } from '../organization/organization.type';

@ObjectType()
export class RuleTally {
  @Field(() => Int, {
    description:
      "Organizations the rule applies to (P1: full members at the rule set's threshold; U1: " +
      'employees at its threshold).',
  })
  required!: number;

  @Field(() => Int, {
    description: 'Of those, with their own (standalone) Party organization / union.',
  })
  met!: number;

  @Field(() => Int, { description: 'Of those, without it: the gap.' })
  gap!: number;
}

@ObjectType()
export class KeyTargetTally {
  @Field(() => Int, { description: 'Key coverage targets (重点覆盖对象).' })
  targets!: number;

  @Field(() => Int, { description: 'Targets with no Party organization (NONE or WORK_ONLY).' })
  partyGaps!: number;

  @Field(() => Int, { description: 'Targets with no union.' })
  unionGaps!: number;
}

@ObjectType()
export class JointCandidateTally {
  @Field(() => Int)
  partyCandidates!: number;

  @Field(() => Int)
  unionCandidates!: number;
}

/**
 * Counts of POLICY's rules over a set of organizations (all but the scope counts are over in-scope
 * organizations).
 */
@ObjectType()
export class CoverageCountsView {
  @Field(() => Int, {
    description: 'Organizations that existed on the date (in scope + out of scope).',
  })
  organizations!: number;

  @Field(() => Int)
  inScope!: number;

  @Field(() => Int)
  outOfScope!: number;

  @Field(() => Int, { description: 'Out of scope: cancelled, revoked or moved out.' })
  inactive!: number;

  @Field(() => Int, { description: 'Out of scope: state-owned or collective.' })
  publicEconomic!: number;

  @Field(() => Int, {
    description: 'In scope with no employee count from any source (a data gap of its own).',
  })
  employeesUnknown!: number;

  @Field(() => RuleTally)
  p1!: RuleTally;

  @Field(() => RuleTally)
  u1!: RuleTally;

  @Field(() => KeyTargetTally)
  k1!: KeyTargetTally;

  @Field(() => Int, { description: 'Party organization present (standalone), union missing.' })
  m1!: number;

  @Field(() => Int, { description: 'Union present (standalone), Party organization missing.' })
  m2!: number;

  @Field(() => Int, {
    description: 'Converted (改制) organizations without Party organization or union.',
  })
  c1Gaps!: number;

  @Field(() => JointCandidateTally)
  j1!: JointCandidateTally;

  @Field(() => Int, { description: 'In scope with a Party organization of any form.' })
  partyCovered!: number;

  @Field(() => Int, { description: 'In scope with a party-building instructor only (工作覆盖).' })
  partyWorkOnly!: number;

  @Field(() => Int)
  unionCovered!: number;

  @Field(() => Int, { description: 'In scope with both a Party organization and a union.' })
  dualCovered!: number;

  @Field(() => Float, { nullable: true })
  partyCoverageRate!: number | null;

  @Field(() => Float, { nullable: true })
  unionCoverageRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'dualCovered / inScope (两个覆盖率).' })
  dualCoverageRate!: number | null;
}

@ObjectType()
export class RegionCoverage {
  @Field(() => Division)
  division!: Division;

  @Field({ description: 'province, city or county.' })
  level!: string;

  @Field(() => CoverageCountsView)
  counts!: CoverageCountsView;

  @Field(() => [RegionCoverage], {
    description: 'Cities of the province, counties of a city (Yangling under 咸阳市).',
  })
  children!: RegionCoverage[];
}

@ObjectType()
export class IndustryCoverage {
  @Field(() => String, {
    nullable: true,
    description: 'GB/T 4754-2017 section letter; null for unknown industry.',
  })
  section!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => CoverageCountsView)
  counts!: CoverageCountsView;
}

@ObjectType()
export class CoverageSummary extends CoverageCountsView {
  @Field()
  ruleSet!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Digest of the rule set content the current evaluations were made under (null before the ' +
      'first). Editing a rule set gives it a new digest; the next coverage run evaluates every ' +
      'organization again under it.',
  })
  ruleSetDigest!: string | null;

  @Field(() => Date, { nullable: true, description: 'The instant asked about; null for now.' })
  asOf!: Date | null;

  @Field(() => Int, { description: 'Registered after the evaluation date: in no count.' })
  notYetEstablished!: number;

  @Field(() => [RegionCoverage])
  byRegion!: RegionCoverage[];

  @Field(() => [IndustryCoverage])
  byIndustry!: IndustryCoverage[];
}

/** The counts at one instant of a coverage trend. */
@ObjectType()
export class CoveragePoint {
  @Field({ description: 'The instant: the hub as it knew it then.' })
  at!: Date;

  @Field(() => CoverageCountsView)
  counts!: CoverageCountsView;
}
