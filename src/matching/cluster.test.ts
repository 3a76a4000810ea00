import { clusterLinks, compareIds } from './cluster';

describe('clusterLinks', () => {
  it('merges links transitively and names each cluster by its smallest id', () => {
    expect(
      clusterLinks([
        { a: 'org-3', b: 'org-2' },
        { a: 'org-9', b: 'org-3' },
        { a: 'org-5', b: 'org-7' },
      ]),
    ).toEqual([
      { representative: 'org-2', members: ['org-2', 'org-3', 'org-9'] },
      { representative: 'org-5', members: ['org-5', 'org-7'] },
    ]);
  });

  it('does not depend on the order or direction of the links', () => {
    const links = [
      { a: 'd', b: 'c' },
      { a: 'a', b: 'b' },
      { a: 'b', b: 'c' },
      { a: 'x', b: 'y' },
    ];
    const reversed = [...links].reverse().map(({ a, b }) => ({ a: b, b: a }));
    expect(clusterLinks(reversed)).toEqual(clusterLinks(links));
  });

  it('uses the given order, e.g. the oldest organization first, and keeps singletons', () => {
    const created: Record<string, number> = { 'org-b': 1, 'org-a': 2, 'org-c': 3 };
    const oldestFirst = (x: string, y: string): number =>
      (created[x] ?? 99) - (created[y] ?? 99) || compareIds(x, y);
    expect(clusterLinks([{ a: 'org-a', b: 'org-b' }], oldestFirst, ['org-c'])).toEqual([
      { representative: 'org-b', members: ['org-b', 'org-a'] },
      { representative: 'org-c', members: ['org-c'] },
    ]);
  });

  it('handles a long chain and self-links', () => {
    const chain = Array.from({ length: 10_000 }, (_, i) => ({ a: `n${i}`, b: `n${i + 1}` }));
    const clusters = clusterLinks([...chain, { a: 'solo', b: 'solo' }]);
    expect(clusters.map((c) => c.members.length)).toEqual([10_001, 1]);
    expect(clusters[0]!.representative).toBe('n0');
  });
});
