import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

/** One merge that made an organization what it is (合并记录). */
@ObjectType('OrganizationMerge', {
  simpleResolvers: true,
  description: 'Two organizations found to be one: the retired id stays an alias of the survivor.',
})
export class OrganizationMergeView {
  @Field(() => ID, {
    description: 'The id that survived (this organization, or one merged into it since).',
  })
  survivorId!: string;

  @Field(() => ID, {
    description: 'The id retired by the merge; it still resolves to this organization.',
  })
  retiredId!: string;

  @Field({ description: '`resolver` (re-resolution, on new evidence) or `person:<who>`.' })
  decidedBy!: string;

  @Field(() => GraphQLJSON, {
    description:
      'What tied the two: the records and link verdicts (weights, reasons), or the reason given.',
  })
  evidence!: unknown;

  @Field()
  mergedAt!: Date;
}
