import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { MatchProfile } from '../../matching/match-profile';

/**
 * The matcher's compact view of an organization (all its names, codes, places), kept with its
 * golden values.
 */
@Entity({ tableName: 'organization_profile' })
export class OrganizationProfile {
  @PrimaryKey({ type: 'bigint', autoincrement: false })
  organizationId!: string;

  @Property({ type: 'json' })
  profile!: MatchProfile;
}
