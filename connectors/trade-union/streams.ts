import { z } from 'zod';
import { optionalText, requiredEnum, requiredText } from '../shared/field-checks';

/** The one stream of this feed: the union roster (工会名册), a full snapshot per download. */
export const UNIONS = 'unions';

/**
 * The header of `unions.csv`, exactly as SPEC §7 gives it; any other header quarantines the file.
 */
export const UNION_COLUMNS = [
  'union_id',
  'union_name',
  'union_uscc',
  'form',
  'covered_units',
  'members',
  'employees_reported',
  'established',
  'status',
  'venue_six_haves',
  'division_code',
  'updated_at',
] as const;

/** Coverage form (POLICY "Coverage forms"): standalone, joint, regional, industry. */
export const UNION_FORMS = ['单独建会', '联合建会', '区域性', '行业性'] as const;
/** 正常 (active) or 撤销 (dissolved: no longer covers anyone). */
export const UNION_STATUSES = ['正常', '撤销'] as const;

/**
 * A roster row as text, column by column. Counts, dates, covered units and the six haves are
 * checked by the mapping, which knows the quarantine reason of each.
 */
export const UnionRow = z.object({
  union_id: requiredText(),
  union_name: requiredText(),
  union_uscc: optionalText(),
  form: requiredEnum(UNION_FORMS),
  covered_units: optionalText(),
  members: optionalText(),
  employees_reported: optionalText(),
  established: optionalText(),
  status: requiredEnum(UNION_STATUSES),
  venue_six_haves: optionalText(),
  division_code: optionalText(),
  updated_at: requiredText(),
});

export type UnionRow = z.infer<typeof UnionRow>;
