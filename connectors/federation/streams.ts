import { z } from 'zod';
import { optionalText, requiredEnum, requiredText } from '../shared/field-checks';

/**
 * The one stream of this feed: the member roster of the federation of industry and commerce (工商联),
 * a full snapshot.
 */
export const MEMBERS = 'members';

/** `members_YYYYMMDD.ndjson`: the date is the snapshot's. */
export const MEMBERS_FILE = /^members_(\d{8})\.ndjson$/;

/**
 * member_kind: 企业会员 (enterprise), 团体会员 (a chamber or association itself), 个人会员 (a person: skipped).
 */
export const MEMBER_KINDS = ['企业会员', '团体会员', '个人会员'] as const;

/** A person, not an organization: neither landed nor quarantined. */
export const PERSONAL_MEMBER = '个人会员';

/** chambers[].role: 会长单位 (president), 副会长单位 (vice-president), 理事单位 (council), 会员 (member). */
export const CHAMBER_ROLES = ['会长单位', '副会长单位', '理事单位', '会员'] as const;

/**
 * One member line (SPEC §5). `uscc` is self-reported and stays exactly as written (the identifier
 * claim judges it); counts may come as numbers or digits in text.
 */
export const Member = z.object({
  member_id: requiredText(),
  name: requiredText(),
  uscc: z.string().nullish(),
  member_kind: requiredEnum(MEMBER_KINDS),
  chambers: z
    .array(
      z.object({
        name: requiredText(),
        uscc: z.string().nullish(),
        role: requiredEnum(CHAMBER_ROLES),
      }),
    )
    .nullish(),
  division_code: optionalText(),
  legal_rep: optionalText(),
  employees_reported: z.union([z.number(), z.string()]).nullish(),
  updated: optionalText(),
});

export type Member = z.infer<typeof Member>;
