import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the operation asks, below the current field, for the field at `path` (field names, not
 * aliases; through inline fragments and fragment spreads). Lets a list resolver fetch a nested
 * field's rows in its own statement instead of leaving them to a loader. `@skip` / `@include` are
 * not evaluated: a skipped field only costs rows fetched in vain.
 */
export function selectsPath(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  path: readonly string[],
): boolean {
  return info.fieldNodes.some(
    (node) =>
      node.selectionSet !== undefined &&
      selects(node.selectionSet, path, info.fragments, new Set()),
  );
}

function selects(
  set: SelectionSetNode,
  path: readonly string[],
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): boolean {
  const [name, ...rest] = path;
  return set.selections.some((selection) => {
    switch (selection.kind) {
      case 'Field':
        return (
          selection.name.value === name &&
          (rest.length === 0 ||
            (selection.selectionSet !== undefined &&
              selects(selection.selectionSet, rest, fragments, seen)))
        );
      case 'InlineFragment':
        return selects(selection.selectionSet, path, fragments, seen);
      case 'FragmentSpread': {
        const fragment = fragments[selection.name.value];
        if (!fragment || seen.has(fragment.name.value)) return false;
        return selects(
          fragment.selectionSet,
          path,
          fragments,
          new Set([...seen, fragment.name.value]),
        );
      }
      default:
        return false;
    }
  });
}
