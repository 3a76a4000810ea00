import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CoverageResolver } from './coverage/coverage.resolver';
import { GapsResolver } from './coverage/gaps.resolver';
import { JointCoverageResolver } from './joint-coverage/joint-coverage.resolver';
import { JointMeetingsResolver } from './joint-meetings/joint-meetings.resolver';
import { VenuesResolver } from './venues/venues.resolver';
import { DiscrepanciesResolver } from './discrepancies/discrepancies.resolver';
import { OrganizationCoverageResolver } from './coverage/organization-coverage.resolver';
import {
  OrganizationConnectionResolver,
  OrganizationResolver,
} from './organization/organization.resolver';
import { ProvenanceResolver } from './organization/provenance.resolver';
import { QuarantineResolver } from './quarantine/quarantine.resolver';
import { ReviewResolver } from './review/review.resolver';
import { SourcesResolver } from './sources/sources.resolver';

export const RESOLVERS = [
  CoverageResolver,
  DiscrepanciesResolver,
  GapsResolver,
  JointCoverageResolver,
  JointMeetingsResolver,
  VenuesResolver,
  OrganizationCoverageResolver,
  OrganizationResolver,
  OrganizationConnectionResolver,
  ProvenanceResolver,
  QuarantineResolver,
  ReviewResolver,
  SourcesResolver,
] as const;

/** Builds the hub's executable schema from the type-graphql resolvers. */
export function buildHubSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [...RESOLVERS], validate: false, emitSchemaFile: false });
}

/** The SDL committed as `schema/schema.graphql` (sorted, so diffs show real changes only). */
export async function printHubSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildHubSchema()))}\n`;
}
