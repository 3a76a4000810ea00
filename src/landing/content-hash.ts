import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';

/** A value's JSON with sorted keys: equal content, equal text, whatever the key order. */
export function stableJson(value: unknown): string {
  return stringify(value) ?? 'null';
}

/** SHA-256 (hex) of a value's stable JSON (see `stableJson`), given that JSON. */
export function contentHashOfJson(json: string): string {
  return createHash('sha256').update(json).digest('hex');
}
