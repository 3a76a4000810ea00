import { describe, expect, it } from 'vitest';
import { regionOptions, regionValuePath } from './region-options';

const tree = [
  {
    division: { code: '610000', name: '陕西省' },
    children: [
      {
        division: { code: '610100', name: '西安市' },
        children: [{ division: { code: '610113', name: '雁塔区' }, children: [] }],
      },
      { division: { code: '610400', name: null } },
    ],
  },
];

describe('region options', () => {
  it('names each division, else its code', () => {
    const options = regionOptions(tree);
    expect(options[0].label).toBe('陕西省');
    expect(options[0].children?.[1]).toEqual({ value: '610400', label: '610400' });
    expect(options[0].children?.[0].children?.[0]).toEqual({ value: '610113', label: '雁塔区' });
  });

  it('finds the path of a code or prefix', () => {
    const options = regionOptions(tree);
    expect(regionValuePath(options, '610113')).toEqual(['610000', '610100', '610113']);
    expect(regionValuePath(options, '6101')).toEqual(['610000', '610100']);
    expect(regionValuePath(options, '619999')).toEqual([]);
    expect(regionValuePath(options, undefined)).toEqual([]);
  });
});
