import { z } from 'zod';

/** The one stream of this feed: the enterprise registry (企业登记). */
export const ENTERPRISES = 'enterprises';

export const ENTERPRISE_STATUSES = ['存续', '在业', '吊销', '注销', '迁出'] as const;

const EnterpriseEvent = z.object({
  type: z.enum(['NAME_CHANGE', 'ENT_TYPE_CHANGE', 'ADDRESS_CHANGE', 'STATUS_CHANGE']),
  date: z.string(),
  before: z.string().nullable().optional(),
  after: z.string().nullable().optional(),
});

/** An enterprise as the department's API sends it (SPEC §1 "Enterprise fields"). */
export const Enterprise = z.object({
  reg_id: z.string().min(1),
  uscc: z.string().nullable().optional(),
  reg_no: z.string().nullable().optional(),
  name: z.string().trim().min(1),
  former_names: z.array(z.string()).nullable().optional(),
  ent_type: z.string().min(1),
  parent_uscc: z.string().nullable().optional(),
  legal_rep: z.string().nullable().optional(),
  reg_capital: z.string().nullable().optional(),
  est_date: z.string().nullable().optional(),
  status: z.enum(ENTERPRISE_STATUSES),
  address: z.string().nullable().optional(),
  division_code: z
    .string()
    .regex(/^\d{6}$/, 'expected 6 digits')
    .nullable()
    .optional(),
  industry_code: z.string().nullable().optional(),
  updated_at: z.string().min(1),
  events: z.array(EnterpriseEvent).nullable().optional(),
});

export type Enterprise = z.infer<typeof Enterprise>;

/** One page of `GET /enterprises`. */
export const EnterprisePage = z.object({
  data: z.array(z.unknown()),
  next_cursor: z.string().min(1).nullable(),
  server_time: z.string().min(1),
});

export type EnterprisePage = z.infer<typeof EnterprisePage>;
