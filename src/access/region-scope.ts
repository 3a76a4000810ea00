import { divisionPrefix } from '../reference/divisions';

/** A question about a region the identity is not limited to (answered FORBIDDEN). */
export class OutOfRegionError extends Error {
  constructor(
    readonly requested: string,
    readonly scope: string,
  ) {
    super(`region ${requested} is outside this key's region ${scope}`);
  }
}

/** True when a division code or prefix lies inside the scope (a code or prefix too). */
export function withinRegion(code: string, scope: string): boolean {
  return divisionPrefix(code).startsWith(divisionPrefix(scope));
}

/**
 * The region a question is answered for: what it asked, when that lies inside the identity's
 * region; the identity's region when it asked for none. Province-wide identities (null) get what
 * they asked. The answer becomes the SQL's division condition, so nothing outside is ever read.
 */
export function scopedRegion(
  scope: string | null,
  requested: string | null | undefined,
): string | undefined {
  if (scope === null) return requested ?? undefined;
  if (requested === null || requested === undefined || requested === '') return scope;
  if (!withinRegion(requested, scope)) throw new OutOfRegionError(requested, scope);
  return requested;
}
