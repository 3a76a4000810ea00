import { Field, Int, ObjectType } from 'type-graphql';
import { GapRule } from './gap.type';

/** A gap rule as people name it, under one rule set's thresholds (for pickers and headings). */
@ObjectType({ simpleResolvers: true })
export class GapRuleView {
  @Field(() => GapRule)
  rule!: GapRule;

  @Field({ description: 'P1, U1, K1, M1, M2 or C1.' })
  policyRule!: string;

  @Field({ description: 'The gap as the organization departments name it (Chinese).' })
  label!: string;

  @Field({ description: 'party or union: the body whose founding closes the gap.' })
  founds!: string;

  @Field(() => Int, { description: 'In-scope organizations with the gap now (this rule set).' })
  open!: number;
}

/** A rule flag as people name it, under one rule set's thresholds (src/model/rule-flags.ts). */
@ObjectType({ simpleResolvers: true })
export class RuleFlagView {
  @Field({ description: 'As Organization.coverage.flags names it, e.g. U1_gap.' })
  flag!: string;

  @Field({ description: 'SCOPE, EMPLOYEES, P1, U1, K1, M1, M2, C1 or J1.' })
  policyRule!: string;

  @Field({ description: 'The flag as the organization departments name it (Chinese).' })
  label!: string;

  @Field(() => GapRule, { nullable: true, description: 'The gap it marks, if it marks one.' })
  gapRule!: GapRule | null;
}
