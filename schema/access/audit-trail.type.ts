import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { RelayConnection } from '../pagination/relay';

/** One operation or export someone asked for. */
@ObjectType()
export class AuditedRequestView {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: Date;

  @Field({ description: '`key:<id>`, `token:<sub>`, `open`; `anonymous` when refused.' })
  subject!: string;

  @Field(() => String, { nullable: true })
  role!: string | null;

  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field({ description: 'query, mutation or export.' })
  kind!: string;

  @Field({ description: 'The operation name, else its root fields; an export its path.' })
  operation!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  variables!: Record<string, unknown> | null;

  @Field(() => Int, { nullable: true, description: 'Rows returned.' })
  rows!: number | null;

  @Field({ description: 'ok, or the error code (FORBIDDEN, UNAUTHENTICATED, …).' })
  outcome!: string;

  @Field(() => Int)
  durationMs!: number;
}

@ObjectType({ simpleResolvers: true })
export class AuditedRequestConnection extends RelayConnection(
  'AuditedRequestEdge',
  AuditedRequestView,
) {}
