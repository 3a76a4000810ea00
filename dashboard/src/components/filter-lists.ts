import type { OrganizationKind, Ownership } from '../gql/graphql';

/**
 * The enum lists the list filters offer (organization kinds, ownerships) and the reading of the
 * address's comma-separated lists and industry codes, shared by the gap and organization lists.
 * Their names are the shell's `common.kind.*` and `common.ownership.*`.
 */
export const ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  'ENTERPRISE',
  'BRANCH',
  'INDIVIDUAL_BUSINESS',
  'FARMERS_COOPERATIVE',
  'SOCIAL_GROUP',
  'PRIVATE_NON_ENTERPRISE',
  'FOUNDATION',
  'LAW_FIRM',
  'ACCOUNTING_FIRM',
  'TAX_AGENT_FIRM',
  'OTHER',
];

export const OWNERSHIPS: readonly Ownership[] = [
  'NON_PUBLIC_ECONOMIC',
  'PUBLIC_ECONOMIC',
  'SOCIAL_ORGANIZATION',
  'PROFESSIONAL_FIRM',
];

/** A comma-separated list of the address, keeping only the allowed values. */
export function listParam<T extends string>(
  param: string | undefined,
  allowed: readonly T[],
): T[] | undefined {
  const values = (param ?? '')
    .split(',')
    .filter((value): value is T => (allowed as readonly string[]).includes(value));
  return values.length > 0 ? values : undefined;
}

/** A section letter (I) or class (I6510 / 6510), as the API and the export accept it. */
export function isIndustryCode(text: string): boolean {
  return /^([A-Ta-t]|[A-Ta-t]?\d{4})$/.test(text);
}
