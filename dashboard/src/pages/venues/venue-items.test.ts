import { describe, expect, it } from 'vitest';
import { share, venueArguments, VENUE_ITEMS } from './venue-items';

describe('venue items', () => {
  it('are the six haves', () => {
    expect(VENUE_ITEMS).toHaveLength(6);
  });

  it('divides only when there are bodies', () => {
    expect(share(1, 4)).toBe(0.25);
    expect(share(0, 0)).toBeNull();
  });

  it('reads the filters from the address', () => {
    expect(venueArguments({})).toEqual({
      side: undefined,
      compliant: undefined,
      region: undefined,
      includeInactive: false,
    });
    expect(
      venueArguments({ side: 'UNION', compliant: 'false', region: '6101', inactive: 'true' }),
    ).toEqual({ side: 'UNION', compliant: false, region: '6101', includeInactive: true });
    expect(venueArguments({ side: 'OTHER', compliant: 'x' }).side).toBeUndefined();
  });
});
