import {
  Kind,
  valueFromASTUntyped,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { pageSize } from '../pagination/relay';

/**
 * The fields called `name` in a selection set, looking through inline fragments and fragment
 * spreads.
 */
function fieldsNamed(
  set: SelectionSetNode | undefined,
  name: string,
  info: GraphQLResolveInfo,
): FieldNode[] {
  if (!set) return [];
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name ? [selection] : [];
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return fieldsNamed(selection.selectionSet, name, info);
    const fragment = info.fragments[selection.name.value];
    return fragment ? fieldsNamed(fragment.selectionSet, name, info) : [];
  });
}

/**
 * How many members per group the query asks for under this field (`groups { members(first) }`,
 * the largest `first` when aliased several times), or null when it asks for none. Lets the grouping
 * statement aggregate the members in the same pass instead of a second scan.
 */
export function requestedMembers(info: GraphQLResolveInfo): number | null {
  let largest: number | null = null;
  for (const node of info.fieldNodes) {
    for (const groups of fieldsNamed(node.selectionSet, 'groups', info)) {
      for (const members of fieldsNamed(groups.selectionSet, 'members', info)) {
        const argument = members.arguments?.find((a) => a.name.value === 'first');
        const value = argument
          ? valueFromASTUntyped(argument.value, info.variableValues)
          : undefined;
        largest = Math.max(
          largest ?? 0,
          pageSize(value === null || value === undefined ? undefined : Number(value)),
        );
      }
    }
  }
  return largest;
}
