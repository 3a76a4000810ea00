import { parseSixHaves, venueCompliance } from './venue-compliance';

describe('venueCompliance (V1 六有)', () => {
  it('complies with all six', () => {
    const all = {
      place: true,
      facilities: true,
      signage: true,
      flag: true,
      books: true,
      rules: true,
    };
    expect(venueCompliance(all)).toEqual({
      place: true,
      facilities: true,
      signage: true,
      flagOrEmblem: true,
      books: true,
      rules: true,
      count: 6,
      compliant: true,
    });
  });

  it('does not comply with five of six', () => {
    const result = venueCompliance({
      place: true,
      facilities: true,
      signage: true,
      flag: false,
      books: true,
      rules: true,
    });
    expect(result).toMatchObject({ flagOrEmblem: false, count: 5, compliant: false });
  });

  it('treats no venue as none of the six', () => {
    expect(venueCompliance(null)).toMatchObject({ place: false, count: 0, compliant: false });
  });

  it('reads the union roster Y/N form in V1 order', () => {
    expect(parseSixHaves('YYNYYN')).toEqual({
      place: true,
      facilities: true,
      signage: false,
      flag: true,
      books: true,
      rules: false,
    });
    expect(venueCompliance(parseSixHaves('YYYYYY')).compliant).toBe(true);
    expect(parseSixHaves('YYY')).toBeNull();
    expect(parseSixHaves('YYNXYY')).toBeNull();
    expect(parseSixHaves(null)).toBeNull();
  });
});
