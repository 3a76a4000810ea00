import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ObjectType } from 'type-graphql';
import { SourceRecordRef } from './organization.type';

/** One value of one attribute as one department stated it: "who said so, when". */
@ObjectType()
export class AttributeValue {
  @Field()
  name!: string;

  @Field(() => GraphQLJSON)
  value!: unknown;

  @Field({ description: 'The feed that stated it.' })
  source!: string;

  @Field()
  stream!: string;

  @Field({ description: "The department's record key." })
  recordKey!: string;

  @Field({
    description: 'When the department says it was true (updated_at, period end, snapshot date).',
  })
  observedAt!: Date;

  @Field({ description: 'The statement survivorship kept for the golden record (采用).' })
  survives!: boolean;
}

@ObjectType()
export class ConflictingValue {
  @Field(() => GraphQLJSON)
  value!: unknown;

  @Field(() => [String], { description: 'Feeds stating this value.' })
  sources!: string[];
}

/**
 * An attribute on which departments disagree (SPEC: employees, address, division, status, name…).
 */
@ObjectType()
export class AttributeConflict {
  @Field()
  name!: string;

  @Field(() => [ConflictingValue])
  values!: ConflictingValue[];
}

/** Why a department record belongs to this organization. */
@ObjectType()
export class RecordLinkView {
  @Field(() => SourceRecordRef)
  record!: SourceRecordRef;

  @Field(() => Float, {
    description: 'Match weight: 1000 for rules and people; log2 odds for the matcher.',
  })
  weight!: number;

  @Field(() => GraphQLJSON, {
    description: 'Per-field reasons, e.g. [{field: "uscc", level: "exact"}].',
  })
  reasons!: unknown;

  @Field({ description: 'rule:<name>, model:<version> or person:<who>.' })
  decidedBy!: string;

  @Field()
  decidedAt!: Date;
}

@ObjectType()
export class IdentifierView {
  @Field({ description: 'uscc, organization-code, registration-number or legacy-tax-id.' })
  scheme!: string;

  @Field()
  value!: string;
}
