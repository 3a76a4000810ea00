import { registrationLevel } from './registration-level';

describe('registrationLevel (登记管理机关 → K1 level)', () => {
  it.each([
    ['民政部', undefined, 'national'],
    ['中华人民共和国民政部', undefined, 'national'],
    ['陕西省民政厅', '610103', 'provincial'],
    ['西安市民政局', '610103', 'city'],
    ['宝鸡市民政局', undefined, 'city'],
    ['碑林区民政局', '610103', 'county'],
    ['西安市雁塔区民政局', '610113', 'county'],
    ['周至县民政局', '610124', 'county'],
    ['杨凌示范区民政局', '610403', 'county'],
  ] as const)('%s (division %s) → %s', (authority, division, level) => {
    expect(registrationLevel(authority, division)).toBe(level);
  });

  it('tells a county-level city (县级市) from a prefecture-level one', () => {
    expect(registrationLevel('韩城市民政局', '610581')).toBe('county'); // its own county
    expect(registrationLevel('渭南市民政局', '610581')).toBe('city'); // Hancheng's prefecture
    expect(registrationLevel('神木市民政局')).toBe('county'); // no division: the list decides
    expect(registrationLevel('旬阳市民政局', '610902')).toBe('county');
    expect(registrationLevel('榆林市民政局', '610881')).toBe('city');
  });

  it('returns null for a name that is no civil-affairs office', () => {
    expect(registrationLevel('西安市工商业联合会')).toBeNull();
    expect(registrationLevel('民政局')).toBeNull();
    expect(registrationLevel('')).toBeNull();
  });
});
