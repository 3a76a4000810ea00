import type { VenueSide } from '../../gql/graphql';

import { VENUE_ITEMS, type VenueItem } from '../../../../src/model/venue-items';

export { VENUE_ITEMS, type VenueItem };

/** A share of bodies (0..1), or null when there are none. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** The venues filters as the API's arguments; unset or unknown values are left out. */
export function venueArguments(state: {
  side?: string;
  compliant?: string;
  region?: string;
  inactive?: string;
}) {
  const side: VenueSide | undefined =
    state.side === 'PARTY' || state.side === 'UNION' ? state.side : undefined;
  const compliant =
    state.compliant === 'true' ? true : state.compliant === 'false' ? false : undefined;
  return {
    side,
    compliant,
    region: state.region || undefined,
    includeInactive: state.inactive === 'true',
  };
}
