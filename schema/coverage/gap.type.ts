import { GraphQLJSON } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrganizationNode } from '../organization/organization.type';
import { RelayConnection } from '../pagination/relay';

/** One value per gap of POLICY, named after its rule. */
export enum GapRule {
  P1_NO_STANDALONE_PARTY_ORGANIZATION = 'P1_NO_STANDALONE_PARTY_ORGANIZATION',
  U1_NO_STANDALONE_UNION = 'U1_NO_STANDALONE_UNION',
  K1_PARTY_NOT_COVERED = 'K1_PARTY_NOT_COVERED',
  K1_UNION_NOT_COVERED = 'K1_UNION_NOT_COVERED',
  M1_PARTY_WITHOUT_UNION = 'M1_PARTY_WITHOUT_UNION',
  M2_UNION_WITHOUT_PARTY = 'M2_UNION_WITHOUT_PARTY',
  C1_CONVERSION_NOT_COVERED = 'C1_CONVERSION_NOT_COVERED',
}
registerEnumType(GapRule, {
  name: 'GapRule',
  description:
    'A gap of POLICY: P1 (≥ 3 members, no own Party organization), U1 (≥ 25 employees, no own union), K1 key targets uncovered, M1/M2 one side only, C1 converted without coverage.',
});

/** The coverage_fact flag column and the CoverageFacts flag behind each gap. */
export const GAP_FLAGS: Record<GapRule, { column: string; flag: string }> = {
  [GapRule.P1_NO_STANDALONE_PARTY_ORGANIZATION]: { column: 'p1_gap', flag: 'P1_gap' },
  [GapRule.U1_NO_STANDALONE_UNION]: { column: 'u1_gap', flag: 'U1_gap' },
  [GapRule.K1_PARTY_NOT_COVERED]: { column: 'k1_party_gap', flag: 'K1_party_gap' },
  [GapRule.K1_UNION_NOT_COVERED]: { column: 'k1_union_gap', flag: 'K1_union_gap' },
  [GapRule.M1_PARTY_WITHOUT_UNION]: { column: 'm1', flag: 'M1' },
  [GapRule.M2_UNION_WITHOUT_PARTY]: { column: 'm2', flag: 'M2' },
  [GapRule.C1_CONVERSION_NOT_COVERED]: { column: 'c1_gap', flag: 'C1_gap' },
};

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
