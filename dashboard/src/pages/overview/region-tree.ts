/** A node of the coverage answer's region tree (province → city → county). */
export interface RegionTreeNode {
  division: { code: string; name?: string | null };
  children?: readonly RegionTreeNode[] | null;
}

/** A division code or prefix (61, 6101, 610113) as its six-digit code (610000, 610100, …). */
export function fullDivisionCode(code: string): string {
  return code.padEnd(6, '0');
}

/**
 * The nodes from the province down to the one of `code` (the province alone when `code` is
 * absent or not in the tree): the breadcrumb of a drill-down and the node whose children to chart.
 */
export function regionPath<N extends RegionTreeNode>(roots: readonly N[], code?: string): N[] {
  if (roots.length === 0) return [];
  if (!code) return [roots[0]];
  const wanted = fullDivisionCode(code);
  const walk = (nodes: readonly N[], trail: N[]): N[] | null => {
    for (const node of nodes) {
      const here = [...trail, node];
      if (node.division.code === wanted) return here;
      // Every level of the answer has the same shape, down to counties without children.
      const below = walk((node.children ?? []) as readonly N[], here);
      if (below) return below;
    }
    return null;
  };
  return walk(roots, []) ?? [roots[0]];
}
