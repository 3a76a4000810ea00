import { may, type Identity } from './identity';
import { roleKind, type RoleKind } from './roles';

/** How the API tells who is asking (README "Access control"). */
export interface AuthConfig {
  /**
   * `keys`: every request needs an API key or a signed token. `open`: no authentication, every
   * request acts as admin; allowed only on loopback (the newcomer's sandbox).
   */
  mode: 'keys' | 'open';
  /** Signed tokens from the province's identity provider, when configured. */
  jwt?: {
    jwksUrl: string;
    issuer: string;
    audience: string;
    /** Claims carrying the role and the division code. */
    roleClaim: string;
    regionClaim: string;
    /** The dashboard's client id at the identity provider (sign-in in the browser), if any. */
    dashboardClientId?: string;
    /** Scopes the dashboard asks for (default `openid`). */
    dashboardScope?: string;
  };
  /** How long a key's lookup is reused (a revoked key stops working within this on any replica). */
  keyCacheMs: number;
  /** Requests per key and minute (0: no limit). */
  rateLimitPerMinute: number;
  /** Origins browsers may call the API from (CORS); none by default. */
  corsOrigins: string[];
  /** The largest request body accepted (413 beyond). */
  maxBodyBytes: number;
  /**
   * The kinds of role that may introspect the schema, when the operator narrows them
   * (HUB_INTROSPECTION_ROLES); else those the role catalog grants `introspection`.
   */
  introspectionRoles?: readonly RoleKind[];
}

/** Whether the identity may introspect the schema under this configuration. */
export function mayIntrospect(config: AuthConfig, identity: Identity): boolean {
  if (config.introspectionRoles) return config.introspectionRoles.includes(roleKind(identity.role));
  return may(identity, 'introspection');
}

/** The open mode of the loopback sandbox, and of tests that are not about access control. */
export const OPEN_ACCESS: AuthConfig = {
  mode: 'open',
  keyCacheMs: 5000,
  rateLimitPerMinute: 0,
  corsOrigins: [],
  maxBodyBytes: 1_048_576,
};
