import { GraphQLJSON } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class CoverageReasonView {
  @Field({ description: 'SCOPE, EMPLOYEES, P1, U1, K1, M1, M2, C1 or J1.' })
  rule!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The flag this reason explains, e.g. U1_gap.',
  })
  flag!: string | null;

  @Field()
  text!: string;

  @Field(() => GraphQLJSON)
  numbers!: unknown;

  @Field(() => [String])
  sources!: string[];
}

/** An organization's current evaluation under one rule set, with the reasons behind every flag. */
@ObjectType()
export class OrganizationCoverage {
  @Field()
  ruleSet!: string;

  @Field({ description: 'The evaluation date (China time).' })
  asOf!: string;

  @Field()
  evaluatedAt!: Date;

  @Field()
  inScope!: boolean;

  @Field(() => String, { nullable: true })
  outOfScopeReason!: string | null;

  @Field({
    description: 'NON_PUBLIC_ECONOMIC, PUBLIC_ECONOMIC, SOCIAL_ORGANIZATION or PROFESSIONAL_FIRM.',
  })
  category!: string;

  @Field(() => Int, { nullable: true })
  employees!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Which source the employee count came from (POLICY precedence).',
  })
  employeesSource!: string | null;

  @Field()
  employeesUnknown!: boolean;

  @Field(() => Int)
  partyMembers!: number;

  @Field()
  partyCoverage!: string;

  @Field()
  unionCoverage!: string;

  @Field(() => [String], { description: 'Flags set, e.g. ["U1_gap", "K1_target"].' })
  flags!: string[];

  @Field(() => [CoverageReasonView])
  reasons!: CoverageReasonView[];
}
