import { PERSONAL_ATTRIBUTES, type AttributeName } from '../model/attributes';
import { departmentOf, may, type Identity } from './identity';

/** What a masked value reads as. */
export const MASKED = '***';

/**
 * Whether the identity may see a personal value (legal representative, address) that these
 * departments stated: with `personal:read`, or as one of those departments (its own records).
 */
export function mayRevealPersonal(identity: Identity, statedBy: readonly string[]): boolean {
  if (may(identity, 'personal:read')) return true;
  const own = departmentOf(identity);
  return own !== null && statedBy.includes(own);
}

/** A stated value as the identity may see it: personal values masked where it may not. */
export function visibleValue(
  identity: Identity,
  attribute: string,
  value: unknown,
  statedBy: readonly string[],
): unknown {
  if (!PERSONAL_ATTRIBUTES.has(attribute as AttributeName)) return value;
  return mayRevealPersonal(identity, statedBy) ? value : MASKED;
}
