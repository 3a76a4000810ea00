import {
  Kind,
  parse,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type FieldNode,
} from 'graphql';
import { selectsPath } from './selection';

function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectsPath', () => {
  const path = ['edges', 'node', 'organization', 'sourceRecords'];

  it('finds a nested field by name, through aliases, inline fragments and fragment spreads', () => {
    expect(
      selectsPath(
        infoOf('{ gaps { edges { node { organization { sourceRecords { key } } } } } }'),
        path,
      ),
    ).toBe(true);
    expect(
      selectsPath(
        infoOf(
          '{ gaps { e: edges { ... on GapEdge { node { o: organization { ...R } } } } } } ' +
            'fragment R on Organization { sourceRecords { key } }',
        ),
        path,
      ),
    ).toBe(true);
  });

  it('is false when the field is not asked for', () => {
    expect(selectsPath(infoOf('{ gaps { edges { node { organization { name } } } } }'), path)).toBe(
      false,
    );
    expect(selectsPath(infoOf('{ gaps { pageInfo { hasNextPage } } }'), path)).toBe(false);
    expect(
      selectsPath(infoOf('{ gaps { edges { ...A } } } fragment A on GapEdge { ...A }'), path),
    ).toBe(false);
  });
});
