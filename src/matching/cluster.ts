/**
 * Clustering of linked pairs into organizations (transitive closure, 传递闭包) with a
 * union–find: if a links to b and b to c, all three are one organization.
 */

/** One cluster: its representative (smallest id by the comparator) and all members, sorted. */
export interface Cluster {
  representative: string;
  members: string[];
}

/** Plain code-unit order: deterministic and locale-independent (unlike `localeCompare`). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Union–find clustering of links. The output does not depend on the order of the pairs:
 * members are sorted by `compare`, the representative is the first member, and clusters
 * are sorted by representative. Ids that appear only in `ids` become singletons.
 *
 * @param pairs - links to merge
 * @param compare - id order; e.g. oldest organization first so merges keep the oldest id
 * @param ids - extra ids to include (optional)
 */
export function clusterLinks(
  pairs: ReadonlyArray<{ a: string; b: string }>,
  compare: (a: string, b: string) => number = compareIds,
  ids: Iterable<string> = [],
): Cluster[] {
  const index = new Map<string, number>();
  const names: string[] = [];
  const parent: number[] = [];
  const size: number[] = [];
  const indexOf = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = names.length;
      index.set(id, i);
      names.push(id);
      parent.push(i);
      size.push(1);
    }
    return i;
  };
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[i] !== root) {
      const next = parent[i]!;
      parent[i] = root; // path compression
      i = next;
    }
    return root;
  };
  for (const id of ids) indexOf(id);
  for (const { a, b } of pairs) {
    let x = find(indexOf(a));
    let y = find(indexOf(b));
    if (x === y) continue;
    if (size[x]! < size[y]!) [x, y] = [y, x]; // union by size keeps trees shallow
    parent[y] = x;
    size[x]! += size[y]!;
  }
  const groups = new Map<number, string[]>();
  names.forEach((name, i) => {
    const root = find(i);
    const members = groups.get(root);
    if (members) members.push(name);
    else groups.set(root, [name]);
  });
  const clusters = [...groups.values()].map((members) => {
    members.sort(compare);
    return { representative: members[0]!, members };
  });
  return clusters.sort((x, y) => compare(x.representative, y.representative));
}
