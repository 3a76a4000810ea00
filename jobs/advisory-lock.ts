import { createHash } from 'node:crypto';

/** A stable 63-bit PostgreSQL advisory-lock key for a name (e.g. `pull:tax`, `resolve`). */
export function lockKey(name: string): string {
  return BigInt.asIntN(64, BigInt('0x' + createHash('sha256').update(`coverage-hub:${name}`).digest('hex').slice(0, 16))).toString();
}
