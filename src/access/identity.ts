import type { SourceId } from '../model/feeds';
import { roleGrants, roleSource, type Capability, type Role } from './roles';

/** Who is asking: from an API key, a signed token, or the open mode of a loopback sandbox. */
export interface Identity {
  /** The key's id (`key:12`), the token's subject (`token:<sub>`), or `open`. */
  subject: string;
  role: Role;
  /** The division code the identity is limited to (610100: Xi'an); null: province-wide. */
  region: string | null;
  via: 'key' | 'token' | 'open';
}

/** The identity of every request when the hub runs open (loopback sandbox only). */
export const OPEN_IDENTITY: Identity = {
  subject: 'open',
  role: 'admin',
  region: null,
  via: 'open',
};

export function may(identity: Identity, capability: Capability): boolean {
  return roleGrants(identity.role, capability);
}

/** A department's feed, when the identity is a data-sharing department's. */
export function departmentOf(identity: Identity): SourceId | null {
  return roleSource(identity.role);
}
