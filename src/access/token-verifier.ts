import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { AuthConfig } from './auth-config';
import type { Identity } from './identity';
import { parseRegion } from './api-keys';
import { parseRole } from './roles';

/** A credential the hub does not accept; the message says why (answered 401). */
export class AuthenticationError extends Error {}

/**
 * Verifies tokens of the province's identity provider against its JWKS (fetched and cached by
 * jose, refetched for an unknown key id): signature, expiry, issuer and audience; the role and the
 * region come from the configured claims.
 */
export class TokenVerifier {
  private readonly keys: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly config: NonNullable<AuthConfig['jwt']>) {
    this.keys = createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 5000 });
  }

  async verify(token: string): Promise<Identity> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.config.issuer,
        audience: this.config.audience,
      }));
    } catch (error) {
      throw new AuthenticationError(`token refused: ${reasonOf(error)}`);
    }
    const role = payload[this.config.roleClaim];
    if (typeof role !== 'string')
      throw new AuthenticationError(`token refused: no "${this.config.roleClaim}" claim`);
    const region = payload[this.config.regionClaim];
    try {
      return {
        subject: `token:${payload.sub ?? 'unknown'}`,
        role: parseRole(role),
        region: parseRegion(typeof region === 'string' ? region : null),
        via: 'token',
      };
    } catch (error) {
      throw new AuthenticationError(`token refused: ${(error as Error).message}`);
    }
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `claim "${error.claim}" ${error.reason}`;
  if (error instanceof errors.JWKSNoMatchingKey) return 'signed by an unknown key';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad signature';
  if (error instanceof errors.JOSEError) return error.code;
  return 'identity provider unreachable';
}
