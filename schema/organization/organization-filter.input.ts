import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { COVERAGE_FLAGS, RULE_FLAGS, type CoverageFlag } from '../../src/model/rule-flags';
import { Ownership } from '../coverage/coverage-filter.input';
import { OrganizationKind } from './organization.type';

export enum PartyCoverageForm {
  STANDALONE = 'STANDALONE',
  JOINT = 'JOINT',
  REGIONAL = 'REGIONAL',
  INDUSTRY = 'INDUSTRY',
  WORK_ONLY = 'WORK_ONLY',
  NONE = 'NONE',
}
registerEnumType(PartyCoverageForm, {
  name: 'PartyCoverageForm',
  description: '单独组建, 联合组建, 区域性, 行业性, work coverage only (工作覆盖), none.',
});

export enum UnionCoverageForm {
  STANDALONE = 'STANDALONE',
  JOINT = 'JOINT',
  REGIONAL = 'REGIONAL',
  INDUSTRY = 'INDUSTRY',
  NONE = 'NONE',
}
registerEnumType(UnionCoverageForm, {
  name: 'UnionCoverageForm',
  description: '单独建会, 联合建会, 区域性, 行业性, none.',
});

/** Rule flags an organization can carry (all given must hold), from the rule-flag catalog. */
export const CoverageFlagName = Object.fromEntries(
  COVERAGE_FLAGS.map((flag) => [flag.toUpperCase(), RULE_FLAGS[flag].column]),
) as { readonly [F in CoverageFlag as Uppercase<F>]: (typeof RULE_FLAGS)[F]['column'] };
export type CoverageFlagName = (typeof RULE_FLAGS)[CoverageFlag]['column'];
registerEnumType(CoverageFlagName, { name: 'CoverageFlag' });

export enum OrganizationOrder {
  ID = 'ID',
  NAME = 'NAME',
  EMPLOYEES_DESC = 'EMPLOYEES_DESC',
  PARTY_MEMBERS_DESC = 'PARTY_MEMBERS_DESC',
}
registerEnumType(OrganizationOrder, {
  name: 'OrganizationOrder',
  description: 'Employees and Party members as the coverage evaluation counts them.',
});

@InputType({
  description:
    'Filters combine with AND; every field is optional. Coverage fields use the current ' +
    'evaluation under `ruleSet`.',
})
export class OrganizationFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name.' })
  nameContains?: string;

  @Field(() => [OrganizationKind], { nullable: true })
  kinds?: string[];

  @Field(() => Boolean, { nullable: true })
  active?: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Division code or prefix: 61 (province), 6101 (city), 610113 (county).',
  })
  division?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Industry section letter (I) or class code (I6510 / 6510).',
  })
  industry?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only organizations with a record from this feed (e.g. tax).',
  })
  source?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Rule set of the coverage fields below (default shaanxi-2021).',
  })
  ruleSet?: string;

  @Field(() => Date, {
    nullable: true,
    description: 'The coverage fields below as they stood at this instant (default now).',
  })
  asOf?: Date;

  @Field(() => [Ownership], { nullable: true })
  ownership?: string[];

  @Field(() => Boolean, { nullable: true, description: 'Active and in scope of the policy.' })
  inScope?: boolean;

  @Field(() => Int, { nullable: true })
  employeesMin?: number;

  @Field(() => Int, { nullable: true })
  employeesMax?: number;

  @Field(() => Boolean, { nullable: true, description: 'No source gives an employee count.' })
  employeesUnknown?: boolean;

  @Field(() => Int, { nullable: true, description: 'Full Party members (正式党员).' })
  partyMembersMin?: number;

  @Field(() => Int, { nullable: true })
  partyMembersMax?: number;

  @Field(() => [PartyCoverageForm], { nullable: true })
  partyCoverage?: PartyCoverageForm[];

  @Field(() => [UnionCoverageForm], { nullable: true })
  unionCoverage?: UnionCoverageForm[];

  @Field(() => [CoverageFlagName], { nullable: true, description: 'Every flag given must be set.' })
  flags?: CoverageFlagName[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'A key coverage target (重点覆盖对象, K1).',
  })
  keyTarget?: boolean;
}
