import { GraphQLError } from 'graphql';
import { Field, ObjectType, type ClassType } from 'type-graphql';

/** Relay page information. */
@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** One edge of a Relay connection. */
export interface Edge<T> {
  cursor: string;
  node: T;
}

/**
 * The Relay shape of a list of `node`s: declares the object type `<edgeName>` (`cursor`, `node`)
 * and returns an abstract base with `edges` and `pageInfo`. A list declares its connection by
 * extending it — `@ObjectType({ simpleResolvers: true }) class GapConnection extends
 * RelayConnection('GapEdge', Gap)` — and adds its `totalCount` (a field, or a field resolver
 * counting on request).
 */
export function RelayConnection<T extends object>(edgeName: string, node: ClassType<T>) {
  @ObjectType(edgeName, { simpleResolvers: true })
  class EdgeType implements Edge<T> {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  // A type of its own only for the fields to be inherited: never referenced, so never in the
  // schema.
  @ObjectType(`${edgeName}ConnectionBase`)
  abstract class Connection {
    @Field(() => [EdgeType])
    edges!: Array<Edge<T>>;

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return Connection;
}

/**
 * A timestamptz as PostgreSQL prints it (`2026-12-07 01:50:12.345678+00`): cursors over instants
 * carry it whole, since a JavaScript Date would drop the microseconds and repeat or skip rows.
 */
export const EXACT_TIME = /^\d{4}-\d{2}-\d{2} [\d:.]+[+-]\d{2}(:\d{2})?$/;

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 500;

/** Opaque cursors: base64url of `<kind>:<position>`, so clients never build them by hand. */
export function encodeCursor(kind: string, position: string): string {
  return Buffer.from(`${kind}:${position}`).toString('base64url');
}

export function decodeCursor(kind: string, cursor: string | null | undefined): string | undefined {
  if (!cursor) return undefined;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(`${kind}:`))
    throw badInput(`"after" is not a cursor of this list: ${cursor}`);
  return text.slice(kind.length + 1);
}

/** Checks `first`; the error names the allowed range. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(`"first" must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
  return first;
}

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** The page information of a keyset page: `after` given means there were rows before it. */
export function pageInfoOf(
  edges: ReadonlyArray<{ cursor: string }>,
  hasNextPage: boolean,
  after: string | null | undefined,
): PageInfo {
  return {
    hasNextPage,
    hasPreviousPage: !!after,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
}
