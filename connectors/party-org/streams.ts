import { z } from 'zod';
import { parseInstant } from '../../src/canonical/dates';
import { optionalText, requiredEnum, requiredText } from '../shared/field-checks';

/** Party organizations (党组织) and whom they cover. */
export const PARTY_ORGS = 'party-orgs';
/** Party member counts per unit (党员分布), whether or not the unit has a Party organization. */
export const MEMBER_DISTRIBUTION = 'member-distribution';

/** 党委, 党总支, 党支部, 联合党支部, 临时党支部. */
export const PARTY_ORG_LEVELS = ['党委', '党总支', '党支部', '联合党支部', '临时党支部'] as const;
/** Coverage form (POLICY "Coverage forms"): standalone, joint, regional, industry. */
export const PARTY_ORG_FORMS = ['单独组建', '联合组建', '区域性', '行业性'] as const;
/**
 * What a regional organization is formed around: park, professional market, commercial street,
 * building.
 */
export const AREA_KINDS = ['园区', '专业市场', '商业街区', '商务楼宇'] as const;
/** 正常 (active) or 撤销 (dissolved: no longer covers anyone). */
export const PARTY_ORG_STATUSES = ['正常', '撤销'] as const;

/** A hand-typed unit reference: the USCC may be dirty or missing (SPEC §6, faults of feed 5). */
const UnitReference = z.object({ uscc: z.string().nullish(), name: optionalText() });

/** The "six haves" (六有) of rule V1, as booleans. */
const Venue = z.object({
  place: z.boolean(),
  facilities: z.boolean(),
  signage: z.boolean(),
  flag: z.boolean(),
  books: z.boolean(),
  rules: z.boolean(),
});

/** A Party organization as the roster API sends it (SPEC §6). */
export const PartyOrg = z.object({
  org_id: requiredText(),
  name: requiredText(),
  level: requiredEnum(PARTY_ORG_LEVELS),
  form: requiredEnum(PARTY_ORG_FORMS),
  covered_units: z.array(UnitReference).nullish(),
  established: optionalText(),
  status: requiredEnum(PARTY_ORG_STATUSES),
  division_code: optionalText(),
  parent_org_id: optionalText(),
  venue: Venue.nullish(),
  area: z.object({ kind: requiredEnum(AREA_KINDS), name: requiredText() }).nullish(),
  sponsor: UnitReference.nullish(),
  updated_at: requiredText(),
});

export type PartyOrg = z.infer<typeof PartyOrg>;

/**
 * One unit's Party member counts (SPEC §6). Counts are checked by the mapping (negative, absurd).
 */
export const MemberDistribution = z.object({
  uscc: z.string().nullish(),
  unit_name: requiredText(),
  full_members: z.unknown(),
  probationary_members: z.unknown(),
  instructor_assigned: z.boolean(),
  as_of: requiredText(),
});

export type MemberDistribution = z.infer<typeof MemberDistribution>;

/** One page of either stream: `{items, page, pages, server_time}`. */
export const RosterPage = z.object({
  items: z.array(z.unknown()),
  page: z.number().int().min(1),
  pages: z.number().int().min(0),
  server_time: z.string().refine((t) => parseInstant(t) !== null, 'not a timestamp'),
});

export type RosterPage = z.infer<typeof RosterPage>;
