import { GraphQLJSON } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { RelayConnection } from '../pagination/relay';

export enum TimelineKind {
  REGISTRY_EVENT = 'REGISTRY_EVENT',
  RECORD_ARRIVED = 'RECORD_ARRIVED',
  RECORD_CHANGED = 'RECORD_CHANGED',
  COVERAGE_CHANGE = 'COVERAGE_CHANGE',
  MERGE = 'MERGE',
}
registerEnumType(TimelineKind, {
  name: 'TimelineKind',
  description:
    'REGISTRY_EVENT: a change the registry recorded (name, type and conversion, address, ' +
    "status); RECORD_ARRIVED / RECORD_CHANGED: a department's record first seen / a new " +
    'version of it; COVERAGE_CHANGE: a gap opened or closed, a threshold crossed; MERGE: ' +
    'another organization merged into this one, or this one into another.',
});

@ObjectType({
  simpleResolvers: true,
  description: "One dated, sourced entry of an organization's history.",
})
export class TimelineEntry {
  @Field()
  at!: Date;

  @Field(() => TimelineKind)
  kind!: TimelineKind;

  @Field({ description: 'The feed, `coverage`, or who decided a merge.' })
  source!: string;

  @Field({ description: 'What happened, in words.' })
  title!: string;

  @Field(() => GraphQLJSON, { description: 'The details: before / after, the record, the rule.' })
  detail!: unknown;
}

@ObjectType({ simpleResolvers: true })
export class TimelineConnection extends RelayConnection('TimelineEdge', TimelineEntry) {}
