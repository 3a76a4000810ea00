/** A node of the coverage answer's region tree (province → city → county). */
export interface RegionNode {
  division: { code: string; name?: string | null };
  children?: readonly RegionNode[] | null;
}

/** A TreeSelect option: the division code as value, its name (else its code) as title. */
export interface RegionOption {
  value: string;
  title: string;
  children?: RegionOption[];
}

function option(node: RegionNode): RegionOption {
  const children = (node.children ?? []).map(option);
  return {
    value: node.division.code,
    title: node.division.name ?? node.division.code,
    ...(children.length ? { children } : {}),
  };
}

function find(nodes: readonly RegionNode[], code: string): RegionNode | undefined {
  for (const node of nodes) {
    if (node.division.code === code) return node;
    const below = find(node.children ?? [], code);
    if (below) return below;
  }
  return undefined;
}

/**
 * The regions one may pick: the whole tree, or for a key of a region that region and those under
 * it (the API refuses the others). A prefix such as 6101 stands for 610100.
 */
export function regionOptions(
  roots: readonly RegionNode[],
  within?: string | null,
): RegionOption[] {
  if (!within) return roots.map(option);
  const own = find(roots, within.padEnd(6, '0'));
  return own ? [option(own)] : [];
}

/** The option a code or prefix (6101 → 610100) stands for, else the code as it is. */
export function regionValue(options: readonly RegionOption[], code?: string): string | undefined {
  if (!code) return undefined;
  const wanted = code.padEnd(6, '0');
  const has = (list: readonly RegionOption[]): boolean =>
    list.some((o) => o.value === wanted || has(o.children ?? []));
  return has(options) ? wanted : code;
}
