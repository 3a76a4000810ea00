import { describe, expect, it } from 'vitest';
import { regionOptions, regionValue } from './region-options';

const tree = [
  {
    division: { code: '610000', name: '陕西省' },
    children: [
      {
        division: { code: '610100', name: '西安市' },
        children: [{ division: { code: '610113', name: '雁塔区' }, children: [] }],
      },
      { division: { code: '610400', name: null }, children: [] },
    ],
  },
];

describe('regionOptions', () => {
  it('offers the whole tree to a key without a region, names else codes', () => {
    const [province] = regionOptions(tree);
    expect(province.value).toBe('610000');
    expect(province.children?.map((c) => c.title)).toEqual(['西安市', '610400']);
    expect(province.children?.[1].children).toBeUndefined();
    expect(province.children?.[0].children?.[0]).toEqual({ value: '610113', title: '雁塔区' });
  });

  it("offers a city's key its city and the counties under it", () => {
    expect(regionOptions(tree, '610100')).toEqual([
      { value: '610100', title: '西安市', children: [{ value: '610113', title: '雁塔区' }] },
    ]);
    expect(regionOptions(tree, '6101')[0].value).toBe('610100');
    expect(regionOptions(tree, '619999')).toEqual([]);
  });

  it('finds the option of a code or prefix', () => {
    const options = regionOptions(tree);
    expect(regionValue(options, '610113')).toBe('610113');
    expect(regionValue(options, '6101')).toBe('610100');
    expect(regionValue(options, '619999')).toBe('619999');
    expect(regionValue(options, undefined)).toBeUndefined();
  });
});
