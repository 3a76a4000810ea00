import { GraphQLJSON } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrganizationNode } from '../organization/organization.type';
import { RelayConnection } from '../pagination/relay';
import { SHAANXI_2021 } from '../../src/coverage/rule-set';
import { GAP_FLAGS, RULE_FLAGS, type GapFlag, type GapRuleName } from '../../src/model/rule-flags';

/** One value per gap of POLICY, named after its rule (from the rule-flag catalog). */
export const GapRule = Object.fromEntries(
  GAP_FLAGS.map((flag) => [RULE_FLAGS[flag].gap, RULE_FLAGS[flag].gap]),
) as { readonly [R in GapRuleName]: R };
export type GapRule = GapRuleName;

const { thresholds } = SHAANXI_2021;
registerEnumType(GapRule, {
  name: 'GapRule',
  description:
    `A gap of POLICY: P1 (≥ ${thresholds.partyMembersForStandalone} members, no own Party ` +
    `organization), U1 (≥ ${thresholds.employeesForStandaloneUnion} employees, no own union), ` +
    'K1 key targets uncovered, M1/M2 one side only, C1 converted without coverage.',
});

/** The coverage_fact flag column and the CoverageFacts flag behind each gap. */
export const GAP_RULE_FLAGS = Object.fromEntries(
  GAP_FLAGS.map((flag) => [RULE_FLAGS[flag].gap, { column: RULE_FLAGS[flag].column, flag }]),
) as Record<GapRule, { column: string; flag: GapFlag }>;

export enum GapOrder {
  ORGANIZATION_ID = 'ORGANIZATION_ID',
  EMPLOYEES_DESC = 'EMPLOYEES_DESC',
  PARTY_MEMBERS_DESC = 'PARTY_MEMBERS_DESC',
}
registerEnumType(GapOrder, { name: 'GapOrder' });

@ObjectType({
  simpleResolvers: true,
  description:
    'An organization a rule flags, with the reason: the numbers and the sources they came from.',
})
export class Gap {
  @Field(() => OrganizationNode)
  organization!: OrganizationNode;

  @Field(() => GapRule)
  rule!: GapRule;

  @Field({ description: 'Why, in words, e.g. "37 employees (tax) ≥ 25 and union coverage NONE".' })
  reason!: string;

  @Field(() => GraphQLJSON, { description: 'The numbers behind the reason.' })
  numbers!: unknown;

  @Field(() => [String], { description: 'Feeds the numbers came from.' })
  sources!: string[];

  @Field(() => Int, { nullable: true })
  employees!: number | null;

  @Field(() => String, { nullable: true })
  employeesSource!: string | null;

  @Field(() => Int)
  partyMembers!: number;

  @Field({ description: 'STANDALONE, JOINT, REGIONAL, INDUSTRY, WORK_ONLY or NONE.' })
  partyCoverage!: string;

  @Field({ description: 'STANDALONE, JOINT, REGIONAL, INDUSTRY or NONE.' })
  unionCoverage!: string;
}

@ObjectType({ simpleResolvers: true })
export class GapConnection extends RelayConnection('GapEdge', Gap) {
  countTotal!: () => Promise<number>;
}
