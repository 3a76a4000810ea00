import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, type ClassType, type PubSub } from 'type-graphql';
import { capabilityChecker } from './access/access-guard';
import { AccessResolver } from './access/access.resolver';
import { ViewerResolver } from './access/viewer.resolver';
import { CoverageChangedResolver } from './coverage-changes/coverage-changed.resolver';
import { CoverageChangesResolver } from './coverage-changes/coverage-changes.resolver';
import { FollowUpResolver, OrganizationFollowUpsResolver } from './follow-up/follow-up.resolver';
import { CoverageResolver } from './coverage/coverage.resolver';
import { GapsResolver } from './coverage/gaps.resolver';
import { GapRulesResolver } from './coverage/gap-rules.resolver';
import { GapReasonResolver } from './coverage/gap-reason.resolver';
import { JointCoverageResolver } from './joint-coverage/joint-coverage.resolver';
import {
  JointMeetingCasesResolver,
  JointMeetingsResolver,
} from './joint-meetings/joint-meetings.resolver';
import { VenuesResolver } from './venues/venues.resolver';
import { DiscrepanciesResolver } from './discrepancies/discrepancies.resolver';
import { OrganizationCoverageResolver } from './coverage/organization-coverage.resolver';
import {
  OrganizationConnectionResolver,
  OrganizationResolver,
} from './organization/organization.resolver';
import { CoveringBodiesResolver } from './graph/covering-bodies.resolver';
import { OrganizationGraphResolver } from './graph/organization-graph.resolver';
import { ProvenanceResolver } from './organization/provenance.resolver';
import { QuarantineResolver } from './quarantine/quarantine.resolver';
import { ReviewResolver } from './review/review.resolver';
import { SourcesResolver } from './sources/sources.resolver';
import { TimelineResolver } from './timeline/timeline.resolver';
import { WebhooksResolver } from './webhooks/webhooks.resolver';

export const RESOLVERS = [
  AccessResolver,
  CoverageChangesResolver,
  CoverageChangedResolver,
  CoverageResolver,
  DiscrepanciesResolver,
  FollowUpResolver,
  OrganizationFollowUpsResolver,
  GapsResolver,
  GapRulesResolver,
  GapReasonResolver,
  JointCoverageResolver,
  JointMeetingsResolver,
  JointMeetingCasesResolver,
  VenuesResolver,
  OrganizationCoverageResolver,
  OrganizationResolver,
  OrganizationConnectionResolver,
  OrganizationGraphResolver,
  CoveringBodiesResolver,
  ProvenanceResolver,
  QuarantineResolver,
  ReviewResolver,
  SourcesResolver,
  TimelineResolver,
  ViewerResolver,
  WebhooksResolver,
] as const;

const NO_TOPICS: PubSub = {
  publish: () => {
    throw new Error('the hub publishes no subscription topics');
  },
  subscribe: () => {
    throw new Error('the hub publishes no subscription topics');
  },
};

/** Builds the hub's executable schema from the type-graphql resolvers (and a test's extra ones). */
export function buildHubSchema(extra: readonly ClassType[] = []): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...RESOLVERS, ...extra] as [ClassType, ...ClassType[]],
    validate: false,
    emitSchemaFile: false,
    // `@Authorized('<capability>')`: the identity's role must grant it (src/access/roles.ts).
    authChecker: capabilityChecker,
    // Each subscription streams from the database itself (`subscribe`); no topics are published.
    pubSub: NO_TOPICS,
  });
}

/** The SDL committed as `schema/schema.graphql` (sorted, so diffs show real changes only). */
export async function printHubSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildHubSchema()))}\n`;
}
