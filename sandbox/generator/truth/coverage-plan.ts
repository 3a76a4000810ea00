import type { Area } from '../world/areas';
import type { TrueOrg } from './organization';

/**
 * Six-haves (六有) of an activity venue, rule V1: place, facilities, signage, flag / emblem, books,
 * rules.
 */
export interface Venue {
  place: boolean;
  facilities: boolean;
  signage: boolean;
  flag: boolean;
  books: boolean;
  rules: boolean;
}

/** A Party organization of the ground truth and the units it covers. */
export interface PartyOrgPlan {
  id: string;
  name: string;
  level: '党委' | '党总支' | '党支部' | '联合党支部' | '临时党支部';
  form: '单独组建' | '联合组建' | '区域性' | '行业性';
  covered: TrueOrg[];
  established: string;
  status: '正常' | '撤销';
  division: string;
  parentId: string | null;
  venue: Venue;
  area: Area | null;
  sponsor: TrueOrg | null;
  updatedAt: string;
}

/** A trade union (工会) of the ground truth and the units it covers. */
export interface UnionPlan {
  id: string;
  name: string;
  uscc: string;
  form: '单独建会' | '联合建会' | '区域性' | '行业性';
  covered: TrueOrg[];
  members: number;
  employeesReported: number;
  established: string;
  status: '正常' | '撤销';
  venueSixHaves: string;
  division: string;
  updatedAt: string;
}

/** Party member counts of one unit as the organization department reports them. */
export interface DistributionPlan {
  org: TrueOrg;
  asOf: string;
}

/**
 * A unit joining a regional (区域性, keyed by area) or industry (行业性, keyed by chamber)
 * organization. These organizations outlive a chunk: the roster writers keep one open group per
 * key across chunks and write it out when it is full (or at the end).
 */
export interface GroupMembership {
  org: TrueOrg;
  /** `R<area name>` or `I<chamber index>`. */
  key: string;
  area: Area | null;
  sponsor: TrueOrg | null;
}

/** Coverage of one chunk of organizations. */
export interface CoveragePlan {
  partyOrgs: PartyOrgPlan[];
  unions: UnionPlan[];
  distribution: DistributionPlan[];
  partyGroups: GroupMembership[];
  unionGroups: GroupMembership[];
}
