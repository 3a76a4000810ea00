import { ApiKey } from './api-key.entity';
import { AuditEntry } from './audit-entry.entity';
import { RequestAudit } from './request-audit.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookSubscription } from './webhook-subscription.entity';
import { BlockingKey } from './blocking-key.entity';
import { ChamberMembership } from './chamber-membership.entity';
import { LinkOverride } from './link-override.entity';
import { LinkReview } from './link-review.entity';
import { CoverageChange } from './coverage-change.entity';
import { CoverageDirty } from './coverage-dirty.entity';
import { CurrentRecord } from './current-record.entity';
import { FollowUpCase } from './follow-up-case.entity';
import { FollowUpTransition } from './follow-up-transition.entity';
import { GoldenDirty } from './golden-dirty.entity';
import { ResolutionQueue } from './resolution-queue.entity';
import { CoverageEdge } from './coverage-edge.entity';
import { CoverageFact } from './coverage-fact.entity';
import { CoverageRollup } from './coverage-rollup.entity';
import { CoverageRollupState } from './coverage-rollup-state.entity';
import { JointMeeting } from './joint-meeting.entity';
import { MatchModel } from './match-model.entity';
import { NameFrequencyStatistic } from './name-frequency-statistic.entity';
import { Organization } from './organization.entity';
import { OrganizationProfile } from './organization-profile.entity';
import { PartyOrganization } from './party-organization.entity';
import { TradeUnion } from './trade-union.entity';
import { OrganizationAlias } from './organization-alias.entity';
import { OrganizationIdentifier } from './organization-identifier.entity';
import { QuarantineEntry } from './quarantine-entry.entity';
import { RecordLink } from './record-link.entity';
import { OrganizationMerge } from './organization-merge.entity';
import { ProfileDirty } from './profile-dirty.entity';
import { RosterBody } from './roster-body';
import { SnapshotFile } from './snapshot-file.entity';
import { SourceRecord } from './source-record.entity';
import { SyncRun } from './sync-run.entity';
import { SyncState } from './sync-state.entity';
import { UnresolvedReference } from './unresolved-reference.entity';

export {
  ApiKey,
  FollowUpCase,
  FollowUpTransition,
  CoverageChange,
  AuditEntry,
  RequestAudit,
  WebhookDelivery,
  WebhookSubscription,
  BlockingKey,
  ChamberMembership,
  CoverageDirty,
  CoverageEdge,
  CoverageFact,
  CoverageRollup,
  CoverageRollupState,
  CurrentRecord,
  GoldenDirty,
  JointMeeting,
  LinkOverride,
  MatchModel,
  NameFrequencyStatistic,
  LinkReview,
  PartyOrganization,
  TradeUnion,
  Organization,
  OrganizationProfile,
  OrganizationAlias,
  OrganizationIdentifier,
  QuarantineEntry,
  RecordLink,
  ResolutionQueue,
  OrganizationMerge,
  ProfileDirty,
  SnapshotFile,
  SourceRecord,
  SyncRun,
  SyncState,
  UnresolvedReference,
};

/** Every entity the ORM maps, listed explicitly (no folder scanning at run time). */
export const ENTITIES = [
  RosterBody,
  FollowUpCase,
  FollowUpTransition,
  CoverageChange,
  ApiKey,
  AuditEntry,
  RequestAudit,
  WebhookDelivery,
  WebhookSubscription,
  BlockingKey,
  ChamberMembership,
  CoverageDirty,
  CoverageEdge,
  CoverageFact,
  CoverageRollup,
  CoverageRollupState,
  CurrentRecord,
  GoldenDirty,
  JointMeeting,
  LinkOverride,
  MatchModel,
  NameFrequencyStatistic,
  LinkReview,
  PartyOrganization,
  TradeUnion,
  Organization,
  OrganizationProfile,
  OrganizationAlias,
  OrganizationIdentifier,
  QuarantineEntry,
  RecordLink,
  ResolutionQueue,
  OrganizationMerge,
  ProfileDirty,
  SnapshotFile,
  SourceRecord,
  SyncRun,
  SyncState,
  UnresolvedReference,
];
