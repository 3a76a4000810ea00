import { buildingOfAddress } from './building-name';
import { BUILDING_CASES } from './fixtures/building-addresses';

describe('buildingOfAddress (商务楼宇 for rule J1)', () => {
  it.each(BUILDING_CASES)('%s → %s', (address, building) => {
    expect(buildingOfAddress(address)).toBe(building);
  });

  it('treats null and undefined as no address', () => {
    expect(buildingOfAddress(null)).toBeUndefined();
    expect(buildingOfAddress(undefined)).toBeUndefined();
  });
});
