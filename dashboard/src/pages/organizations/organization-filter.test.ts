import { describe, expect, it } from 'vitest';
import { organizationFilter, organizationOrder } from './organization-filter';

describe('organization filter from the address', () => {
  it('is empty without filters and no viewer region', () => {
    expect(organizationFilter({})).toBeUndefined();
    expect(organizationFilter({}, '610100')).toEqual({ division: '610100' });
  });

  it('reads lists, booleans and counts, dropping what the API would refuse', () => {
    expect(
      organizationFilter({
        division: '610113',
        name: ' 科技 ',
        industry: 'i6510',
        kinds: 'ENTERPRISE,NOPE',
        active: 'true',
        inScope: 'false',
        keyTarget: 'maybe',
        employeesMin: '25',
        employeesMax: '-3',
        flags: 'U1_GAP,K1_TARGET',
        partyCoverage: 'WORK_ONLY',
        unionCoverage: 'WORK_ONLY',
        source: 'tax',
      }),
    ).toEqual({
      division: '610113',
      nameContains: '科技',
      industry: 'I6510',
      kinds: ['ENTERPRISE'],
      active: true,
      inScope: false,
      employeesMin: 25,
      flags: ['U1_GAP', 'K1_TARGET'],
      partyCoverage: ['WORK_ONLY'],
      source: 'tax',
    });
  });

  it('orders by name unless told', () => {
    expect(organizationOrder(undefined)).toBe('NAME');
    expect(organizationOrder('EMPLOYEES_DESC')).toBe('EMPLOYEES_DESC');
    expect(organizationOrder('BOGUS')).toBe('NAME');
  });
});
