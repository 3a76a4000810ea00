import { describe, expect, it } from 'vitest';
import { fullDivisionCode, regionPath } from './region-tree';

interface Node {
  division: { code: string; name: string };
  children: Node[];
}
const county = (code: string): Node => ({ division: { code, name: code }, children: [] });
const tree: Node[] = [
  {
    division: { code: '610000', name: '陕西省' },
    children: [
      {
        division: { code: '610100', name: '西安市' },
        children: [county('610113'), county('610112')],
      },
      { division: { code: '610400', name: '咸阳市' }, children: [county('610403')] },
    ],
  },
];

describe('regionPath', () => {
  it('is the province alone without a region', () => {
    expect(regionPath(tree).map((n) => n.division.code)).toEqual(['610000']);
  });
  it('walks down to a county, through its city', () => {
    expect(regionPath(tree, '610403').map((n) => n.division.code)).toEqual([
      '610000',
      '610400',
      '610403',
    ]);
  });
  it('accepts a prefix as the API does', () => {
    expect(regionPath(tree, '6101').map((n) => n.division.code)).toEqual(['610000', '610100']);
    expect(fullDivisionCode('61')).toBe('610000');
  });
  it('falls back to the province for a code not in the tree', () => {
    expect(regionPath(tree, '619999').map((n) => n.division.code)).toEqual(['610000']);
  });
});
