/** A node of the coverage answer's region tree (province → city → county). */
export interface RegionNode {
  division: { code: string; name?: string | null };
  children?: readonly RegionNode[] | null;
}

/** A TreeSelect option: the division code as value, its name as title. */
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
 * it (the API refuses the others).
 */
export function regionOptions(
  roots: readonly RegionNode[],
  within?: string | null,
): RegionOption[] {
  if (!within) return roots.map(option);
  const own = find(roots, within.padEnd(6, '0'));
  return own ? [option(own)] : [];
}

/** The name of a code in the tree, else the code. */
export function regionName(roots: readonly RegionNode[], code: string): string {
  return find(roots, code.padEnd(6, '0'))?.division.name ?? code;
}
