import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GapRule } from '../coverage/gap.type';
import { OrganizationNode } from '../organization/organization.type';
import { RelayConnection } from '../pagination/relay';

export enum CoverageChangeKind {
  OPENED = 'OPENED',
  CLOSED = 'CLOSED',
  THRESHOLD_REACHED = 'THRESHOLD_REACHED',
  THRESHOLD_LEFT = 'THRESHOLD_LEFT',
}
registerEnumType(CoverageChangeKind, {
  name: 'CoverageChangeKind',
  description:
    "OPENED / CLOSED: the rule's gap; THRESHOLD_REACHED / THRESHOLD_LEFT: the organization came " +
    'to or fell below the threshold of P1 (full members) or U1 (employees).',
});

@ObjectType({ simpleResolvers: true, description: "A change of an organization's coverage." })
export class CoverageChangeView {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganizationNode, {
    nullable: true,
    description: 'The organization (its survivor when it was merged since).',
  })
  organization!: OrganizationNode | null;

  @Field(() => GapRule)
  rule!: GapRule;

  @Field(() => CoverageChangeKind)
  change!: CoverageChangeKind;

  @Field({ description: 'When the hub recorded the evaluation that shows it.' })
  at!: Date;

  @Field({ description: 'Why, in words.' })
  reason!: string;

  @Field(() => GraphQLJSON, { description: 'The numbers behind it.' })
  numbers!: unknown;
}

@ObjectType({ simpleResolvers: true })
export class CoverageChangeConnection extends RelayConnection(
  'CoverageChangeEdge',
  CoverageChangeView,
) {}
