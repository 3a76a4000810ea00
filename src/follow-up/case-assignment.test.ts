import { regionBody } from './case-assignment';

describe('the body a case belongs to', () => {
  it("is the region's organization department for Party gaps, its union for union gaps", () => {
    expect(regionBody('610113', 'U1_NO_STANDALONE_UNION')).toMatch(/雁塔区总工会$/);
    expect(regionBody('610113', 'P1_NO_STANDALONE_PARTY_ORGANIZATION')).toMatch(
      /雁塔区党委组织部$/,
    );
    // A Party organization without a union is the union's to close.
    expect(regionBody('610100', 'M1_PARTY_WITHOUT_UNION')).toBe('西安市总工会');
    expect(regionBody(null, 'M2_UNION_WITHOUT_PARTY')).toBe('陕西省党委组织部');
  });
});
