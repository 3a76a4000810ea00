/** The "six haves" (六有) of an activity venue (rule V1), as the rosters state them. */
export interface VenueSixHaves {
  place: boolean;
  facilities: boolean;
  signage: boolean;
  /** The Party flag, or the union emblem. */
  flag: boolean;
  books: boolean;
  rules: boolean;
}
