/**
 * The six haves (六有) of rule V1 as the API names them, in POLICY's order (the rosters' `flag`
 * is `flagOrEmblem` here): the venue fields, their figures and the dashboard's columns.
 */
export const VENUE_ITEMS = [
  'place',
  'facilities',
  'signage',
  'flagOrEmblem',
  'books',
  'rules',
] as const;

export type VenueItem = (typeof VENUE_ITEMS)[number];
