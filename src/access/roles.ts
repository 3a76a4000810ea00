/**
 * Who may do what (权限): the roles a key or token carries and the capabilities each grants,
 * declared once. GraphQL fields, exports and the CLI check capabilities, never role names.
 */
import { isSourceId, type SourceId } from '../model/feeds';

/** What a caller may do; each GraphQL field and export requires one. */
export const CAPABILITIES = {
  'coverage:read': 'coverage figures and their breakdowns (published aggregates)',
  'gaps:read': 'gap lists and their exports',
  'organizations:read': 'organizations, search, their records, links and history',
  'personal:read': 'legal representatives and addresses unmasked',
  'joint:read': 'J1 candidate groups, V1 venues and A1 joint meetings',
  'meetings:record': 'record an A1 joint meeting',
  'followup:read': 'follow-up cases and their progress',
  'followup:write': 'open follow-up cases and move them through their states',
  'review:read': 'the review queue of uncertain links',
  'review:decide': 'confirm, reject, merge and split organizations',
  'discrepancies:read': "departments' disagreements, and their exports",
  'quarantine:read': 'quarantined records',
  'sources:read': 'feed status and sync runs',
  'audit:read': 'the audit trail',
  'keys:manage': 'create, list and revoke API keys',
  'webhooks:manage': 'register webhook subscriptions, read their delivery log, replay deliveries',
  introspection: 'GraphQL introspection (GraphiQL, code generators)',
  'operations:any': 'send operations of its own (without it: persisted operations only)',
} as const;

export type Capability = keyof typeof CAPABILITIES;

/** The kinds of role; `department` carries its feed (`department:tax`). */
export type RoleKind =
  'admin' | 'org-department' | 'trade-union' | 'department' | 'analyst' | 'portal';

export type Role = Exclude<RoleKind, 'department'> | `department:${SourceId}`;

const EVERYTHING = Object.keys(CAPABILITIES) as Capability[];

/** What the bodies that work a region's coverage do: the organization department and the union. */
const REGION_WORK: readonly Capability[] = [
  'operations:any',
  'coverage:read',
  'gaps:read',
  'organizations:read',
  'personal:read',
  'joint:read',
  'meetings:record',
  'followup:read',
  'followup:write',
  'review:read',
  'review:decide',
  'discrepancies:read',
  'sources:read',
  'introspection',
];

/**
 * The capabilities of each kind of role. The organization department (组织部) and the trade union
 * (总工会) work their region's whole coverage picture; a data-sharing department sees its own
 * feed's records, quarantine and discrepancies plus the shared unified view; an analyst sees
 * aggregates, gaps and organizations with personal data masked; a portal only published figures.
 */
export const ROLE_CAPABILITIES: Readonly<Record<RoleKind, readonly Capability[]>> = {
  admin: EVERYTHING,
  'org-department': REGION_WORK,
  'trade-union': REGION_WORK,
  department: [
    'operations:any',
    'coverage:read',
    'organizations:read',
    'discrepancies:read',
    'quarantine:read',
    'sources:read',
    'introspection',
  ],
  analyst: [
    'operations:any',
    'coverage:read',
    'gaps:read',
    'organizations:read',
    'joint:read',
    'followup:read',
    'introspection',
  ],
  portal: ['coverage:read'],
};

/** A role as written on the command line or in a token claim; throws naming the valid ones. */
export function parseRole(text: string): Role {
  const value = text.trim();
  if (value.startsWith('department:')) {
    const source = value.slice('department:'.length);
    if (isSourceId(source)) return `department:${source}`;
    throw new Error(`unknown feed in role "${value}"`);
  }
  if (value !== 'department' && value in ROLE_CAPABILITIES) return value as Role;
  throw new Error(
    `unknown role "${value}": one of ${Object.keys(ROLE_CAPABILITIES)
      .map((kind) => (kind === 'department' ? 'department:<feed>' : kind))
      .join(', ')}`,
  );
}

export function roleKind(role: Role): RoleKind {
  return role.startsWith('department:') ? 'department' : (role as RoleKind);
}

/** The feed of a department role, else null. */
export function roleSource(role: Role): SourceId | null {
  return role.startsWith('department:') ? (role.slice('department:'.length) as SourceId) : null;
}

export function roleGrants(role: Role, capability: Capability): boolean {
  return ROLE_CAPABILITIES[roleKind(role)].includes(capability);
}
