import { describe, expect, it } from 'vitest';
import {
  apiErrorText,
  invalidCaseIds,
  meetingVariables,
  parentRegion,
  withinRegion,
} from './meeting-form';

describe('meeting form', () => {
  it('finds the region above: county → city → province', () => {
    expect(parentRegion('610113')).toBe('610100');
    expect(parentRegion('610403')).toBe('610400');
    expect(parentRegion('610100')).toBe('610000');
    expect(parentRegion('610000')).toBeUndefined();
  });

  it("keeps a region's key inside its region", () => {
    expect(withinRegion('610113', '610100')).toBe(true);
    expect(withinRegion('610100', '610100')).toBe(true);
    expect(withinRegion('610000', '610100')).toBe(false);
    expect(withinRegion('610201', '610100')).toBe(false);
    expect(withinRegion('610201', null)).toBe(true);
  });

  it('names the case ids that are not ids', () => {
    expect(invalidCaseIds(['12', ' 7 ', 'abc', '1.5'])).toEqual(['abc', '1.5']);
  });

  it('sends no title or cases when none are given', () => {
    expect(meetingVariables({ region: '610100', heldOn: '2025-03-01', title: '  ' })).toEqual({
      region: '610100',
      heldOn: '2025-03-01',
      title: null,
      reviewedCases: null,
    });
    expect(
      meetingVariables({
        region: '610100',
        heldOn: '2025-03-01',
        title: ' 联席会 ',
        reviewedCases: [' 4', '9'],
      }),
    ).toMatchObject({ title: '联席会', reviewedCases: ['4', '9'] });
  });

  it("drops urql's prefix from an API error", () => {
    expect(apiErrorText('[GraphQL] "heldOn" is in the future')).toBe('"heldOn" is in the future');
  });
});
