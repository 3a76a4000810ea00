import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { OrganizationNode } from '../organization/organization.type';
import { RelayConnection } from '../pagination/relay';

/** A link the matcher was unsure of, waiting for a person (confirmLink / rejectLink). */
@ObjectType()
export class LinkReviewView {
  @Field(() => ID)
  id!: string;

  @Field()
  source!: string;

  @Field()
  stream!: string;

  @Field()
  recordKey!: string;

  @Field(() => OrganizationNode, { nullable: true, description: 'Where the record is linked now.' })
  current!: OrganizationNode | null;

  @Field(() => OrganizationNode, {
    nullable: true,
    description: 'Where the matcher suggests it belongs.',
  })
  candidate!: OrganizationNode | null;

  @Field(() => Float)
  weight!: number;

  @Field(() => GraphQLJSON, { description: 'Per-field agreement levels and weights.' })
  reasons!: unknown;

  @Field({ description: 'open, confirmed or rejected.' })
  status!: string;

  @Field()
  createdAt!: Date;

  currentId!: string | null;
  candidateId!: string;
}

@ObjectType({ simpleResolvers: true })
export class LinkReviewConnection extends RelayConnection('LinkReviewEdge', LinkReviewView) {
  @Field(() => Int)
  totalCount!: number;
}

@InputType({ description: "A department record: feed, stream and the department's key." })
export class RecordRefInput {
  @Field()
  source!: string;

  @Field()
  stream!: string;

  @Field()
  key!: string;
}
