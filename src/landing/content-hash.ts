import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';

/** SHA-256 (hex) of a value's JSON with sorted keys: equal content, equal hash, whatever the key order. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(stringify(value) ?? 'null').digest('hex');
}
