import { describe, expect, it } from 'vitest';
import { regionName, regionOptions } from './region-options';

const tree = [
  {
    division: { code: '610000', name: '陕西省' },
    children: [
      {
        division: { code: '610100', name: '西安市' },
        children: [{ division: { code: '610113', name: '雁塔区' }, children: [] }],
      },
      { division: { code: '610400', name: '咸阳市' }, children: [] },
    ],
  },
];

describe('regionOptions', () => {
  it('offers the whole tree to a key without a region', () => {
    const [province] = regionOptions(tree);
    expect(province.value).toBe('610000');
    expect(province.children?.map((c) => c.title)).toEqual(['西安市', '咸阳市']);
    expect(province.children?.[1].children).toBeUndefined();
  });

  it("offers a city's key its city and the counties under it", () => {
    expect(regionOptions(tree, '610100')).toEqual([
      { value: '610100', title: '西安市', children: [{ value: '610113', title: '雁塔区' }] },
    ]);
    expect(regionOptions(tree, '6101')[0].value).toBe('610100');
  });

  it('names a code, or falls back to the code', () => {
    expect(regionName(tree, '610113')).toBe('雁塔区');
    expect(regionName(tree, '619999')).toBe('619999');
  });
});
