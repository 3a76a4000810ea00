import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FOLLOW_UP_STATES, NOT_APPLICABLE_REASONS } from '../../src/follow-up/case-states';
import { GapRule } from '../coverage/gap.type';
import { RelayConnection } from '../pagination/relay';

export const FollowUpState = Object.fromEntries(FOLLOW_UP_STATES.map((s) => [s, s])) as {
  readonly [S in (typeof FOLLOW_UP_STATES)[number]]: S;
};
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];
registerEnumType(FollowUpState, {
  name: 'FollowUpState',
  description:
    'OPEN → CONTACTED → VISITED → FOUNDING, closed as FOUNDED, NOT_APPLICABLE (with a reason) ' +
    'or DATA_ERROR (which department, what correction).',
});

export const NotApplicableReason = Object.fromEntries(
  Object.keys(NOT_APPLICABLE_REASONS).map((r) => [r, r]),
) as { readonly [R in keyof typeof NOT_APPLICABLE_REASONS]: R };
registerEnumType(NotApplicableReason, {
  name: 'NotApplicableReason',
  description: Object.entries(NOT_APPLICABLE_REASONS)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; '),
});

@ObjectType({ simpleResolvers: true })
export class FollowUpTransitionView {
  @Field(() => FollowUpState)
  state!: FollowUpState;

  @Field(() => FollowUpState, { nullable: true })
  from!: FollowUpState | null;

  @Field()
  at!: Date;

  @Field({ description: 'Who: the identity (and person), or `hub` when the data proved it.' })
  by!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType({ description: 'A follow-up case (跟进个案): one gap, worked until closed.' })
export class FollowUpCaseView {
  @Field(() => ID)
  id!: string;

  @Field(() => FollowUpState)
  state!: FollowUpState;

  @Field(() => GapRule)
  rule!: GapRule;

  @Field()
  ruleSet!: string;

  organizationId!: string;

  @Field(() => String, { nullable: true, description: 'The division whose bodies work it.' })
  region!: string | null;

  @Field(() => String, { nullable: true })
  assignee!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  due!: string | null;

  @Field({ description: 'Past its due date and not closed.' })
  overdue!: boolean;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      "The outcome: NOT_APPLICABLE's reason, DATA_ERROR's department and correction, " +
      "FOUNDED's evidence (confirmedBy roster, with the change) or confirmedBy person.",
  })
  outcome!: unknown;

  @Field({
    description:
      'FOUNDED by a person, and no roster confirms it after HUB_FOLLOW_UP_CONFIRM_DAYS (30).',
  })
  unconfirmed!: boolean;

  @Field()
  openedBy!: string;

  @Field()
  openedAt!: Date;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;
}

@ObjectType({ simpleResolvers: true })
export class FollowUpCaseConnection extends RelayConnection('FollowUpCaseEdge', FollowUpCaseView) {
  /** A getter on the answer, so the count runs only when the field is asked for. */
  @Field(() => Int, { description: 'All cases under the filter and region (counted on request).' })
  totalCount!: Promise<number>;
}

@InputType({ description: 'Which cases; fields combine with AND.' })
export class FollowUpFilter {
  @Field(() => [FollowUpState], { nullable: true })
  states?: FollowUpState[];

  @Field(() => GapRule, { nullable: true })
  rule?: GapRule;

  @Field(() => String, { nullable: true, description: 'Division code or prefix.' })
  region?: string;

  @Field(() => String, { nullable: true })
  assignee?: string;

  @Field(() => Boolean, { nullable: true })
  overdue?: boolean;

  @Field(() => ID, { nullable: true, description: "One organization's cases." })
  organizationId?: string;
}

@ObjectType({ simpleResolvers: true, description: 'Follow-up progress of one county in a year.' })
export class FollowUpProgressView {
  @Field(() => String, { description: 'County division code.' })
  division!: string;

  @Field(() => String, { nullable: true })
  divisionName!: string | null;

  @Field(() => Int, { description: 'Gaps now.' })
  gaps!: number;

  @Field(() => Int, { description: 'Of them, with a case in work.' })
  gapsWithCase!: number;

  @Field(() => Int)
  founded!: number;

  @Field(() => Int)
  notApplicable!: number;

  @Field(() => Int)
  dataError!: number;

  @Field(() => Int)
  inWork!: number;

  @Field(() => Int)
  overdue!: number;

  @Field(() => Float, { nullable: true })
  medianDaysToFound!: number | null;
}
