/** A venue as the party-org roster sends it (SPEC §6 `venue`). */
export interface Venue {
  place: boolean;
  facilities: boolean;
  signage: boolean;
  flag: boolean;
  books: boolean;
  rules: boolean;
}

/** V1 "six haves" (六有): which are present, how many, and whether all six are. */
export interface VenueCompliance {
  place: boolean;
  facilities: boolean;
  signage: boolean;
  /** Party flag (党旗) for a Party organization, union emblem (会徽) for a union. */
  flagOrEmblem: boolean;
  books: boolean;
  rules: boolean;
  count: number;
  compliant: boolean;
}

/**
 * POLICY V1: a venue complies when it has a place, facilities, signage, the Party flag (or union
 * emblem), books and newspapers, and rules. No venue reported means none of the six.
 */
export function venueCompliance(venue: Venue | null): VenueCompliance {
  const haves = {
    place: venue?.place === true,
    facilities: venue?.facilities === true,
    signage: venue?.signage === true,
    flagOrEmblem: venue?.flag === true,
    books: venue?.books === true,
    rules: venue?.rules === true,
  };
  const count = Object.values(haves).filter(Boolean).length;
  return { ...haves, count, compliant: count === 6 };
}

/**
 * The union roster's `venue_six_haves` (six `Y`/`N` in V1 order: place, facilities, signage,
 * emblem, books, rules) as a venue; null when it is not exactly six Y/N characters.
 */
export function parseSixHaves(text: string | null | undefined): Venue | null {
  const value = text?.trim().toUpperCase() ?? '';
  if (!/^[YN]{6}$/.test(value)) return null;
  const [place, facilities, signage, flag, books, rules] = [...value].map((c) => c === 'Y');
  return { place, facilities, signage, flag, books, rules };
}
