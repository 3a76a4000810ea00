import { describe, expect, it } from 'vitest';
import { goldenValues } from './golden';

describe('goldenValues', () => {
  it('keeps the sourced facts with their feed and the plain ones without', () => {
    const golden = goldenValues({
      name: '甲公司',
      kind: 'ENTERPRISE',
      active: true,
      division: { code: '610113' },
      address: { value: '***', source: 'market-regulation' },
      employeeCount: { value: 39, source: 'statistics' },
      partyMembers: { full: 2, probationary: null, source: 'party-org' },
    });
    expect(golden.name).toEqual({ value: '甲公司' });
    expect(golden.divisionCode).toEqual({ value: '610113' });
    expect(golden.address).toEqual({ value: '***', source: 'market-regulation' });
    expect(golden.employees).toEqual({ value: 39, source: 'statistics' });
    expect(golden.fullPartyMembers).toEqual({ value: 2, source: 'party-org' });
    expect(golden.probationaryMembers).toBeUndefined();
    expect(golden.park).toBeUndefined();
  });
});
