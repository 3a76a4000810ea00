import type { Pool } from 'pg';
import { activeKeyByHash } from './api-key-store';
import { hashKey, KEY_PREFIX } from './api-keys';
import type { AuthConfig } from './auth-config';
import { OPEN_IDENTITY, type Identity } from './identity';
import { AuthenticationError, TokenVerifier } from './token-verifier';

/**
 * Tells who a request comes from, by its `Authorization: Bearer …` header: an API key (looked up
 * by hash, reused for `keyCacheMs`) or a signed token. Open mode answers admin for everyone.
 */
export class Authenticator {
  private readonly tokens: TokenVerifier | null;
  private readonly cache = new Map<string, { identity: Identity | null; until: number }>();

  constructor(
    private readonly pool: Pool,
    readonly config: AuthConfig,
  ) {
    this.tokens = config.jwt ? new TokenVerifier(config.jwt) : null;
  }

  /** The identity behind the header; throws AuthenticationError (401) for none or a bad one. */
  async identify(authorization: string | undefined): Promise<Identity> {
    if (this.config.mode === 'open') return OPEN_IDENTITY;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match)
      throw new AuthenticationError(
        authorization
          ? 'the Authorization header is not "Bearer <key or token>"'
          : 'no credentials',
      );
    const credential = match[1];
    if (credential.startsWith(KEY_PREFIX)) return this.byKey(credential);
    if (this.tokens && credential.split('.').length === 3) return this.tokens.verify(credential);
    throw new AuthenticationError('unknown kind of credential');
  }

  /** Forgets cached lookups (after a key is revoked here). */
  forget(): void {
    this.cache.clear();
  }

  private async byKey(key: string): Promise<Identity> {
    const hash = hashKey(key);
    const now = Date.now();
    let entry = this.cache.get(hash);
    if (!entry || entry.until < now) {
      const found = await activeKeyByHash(this.pool, hash);
      const identity: Identity | null = found
        ? { subject: `key:${found.id}`, role: found.role, region: found.region, via: 'key' }
        : null;
      entry = { identity, until: now + this.config.keyCacheMs };
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(hash, entry);
    }
    if (!entry.identity) throw new AuthenticationError('unknown or revoked key');
    return entry.identity;
  }
}
