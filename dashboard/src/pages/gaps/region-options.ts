/** A node of the coverage answer's region tree, as the region picker needs it. */
export interface RegionNodeLike {
  division: { code: string; name?: string | null };
  children?: readonly RegionNodeLike[] | null;
}

export interface RegionOption {
  value: string;
  label: string;
  children?: RegionOption[];
}

/** Cascader options from the region tree (province → city → county), names else codes. */
export function regionOptions(nodes: readonly RegionNodeLike[]): RegionOption[] {
  return nodes.map((node) => {
    const children = node.children?.length ? regionOptions(node.children) : undefined;
    return {
      value: node.division.code,
      label: node.division.name ?? node.division.code,
      ...(children ? { children } : {}),
    };
  });
}

/** The codes from the root down to `code` (a prefix such as 6101 means 610100), or []. */
export function regionValuePath(options: readonly RegionOption[], code?: string): string[] {
  if (!code) return [];
  const wanted = code.padEnd(6, '0');
  for (const option of options) {
    if (option.value === wanted) return [option.value];
    const below = regionValuePath(option.children ?? [], code);
    if (below.length > 0) return [option.value, ...below];
  }
  return [];
}
