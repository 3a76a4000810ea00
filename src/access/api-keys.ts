import { createHash, randomBytes } from 'node:crypto';
import { divisionName } from '../reference/divisions';

/** Keys begin so, which tells them apart from signed tokens (and in leaked-secret scanners). */
export const KEY_PREFIX = 'hub_';

/** A new key: 32 random bytes, URL-safe. */
export function generateKey(): string {
  return `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** What the database keeps of a key: a plain SHA-256 suffices for 256 random bits. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A region a key may be limited to: a Shaanxi division code the reference knows. */
export function parseRegion(text: string | null | undefined): string | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  const code = text.trim();
  if (!/^61\d{4}$/.test(code) || divisionName(code) === undefined)
    throw new Error(`"${code}" is not a Shaanxi division code (610000, 610100, 610113, …)`);
  return code === '610000' ? null : code;
}
