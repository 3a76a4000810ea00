import { nodeOfRowOrNull, organizationColumns } from '../organization/organization-row';

import type { OrganizationNode } from '../organization/organization.type';
import { badInput, decodeCursor, encodeCursor } from '../pagination/relay';
import type { Discrepancy, DiscrepancyField } from './discrepancy.type';

/**
 * Where a page starts: after a department record (its index order: stream, record key) or, for
 * roster references, after a covered-unit edge (body id, edge id). Records come before edges.
 */
export type Position =
  { part: 0; stream: string; key: string } | { part: 1; bodyId: string; edgeId: string };

/** One page of a discrepancy list. */
export interface DiscrepancyPage {
  rows: Array<{ cursor: string; node: Discrepancy }>;
  hasNextPage: boolean;
}

export function encodePosition(field: DiscrepancyField, position: Position): string {
  const tuple =
    position.part === 0
      ? [0, position.stream, position.key]
      : [1, position.bodyId, position.edgeId];
  return encodeCursor(`discrepancy:${field}`, JSON.stringify(tuple));
}

export function decodePosition(
  field: DiscrepancyField,
  after: string | null | undefined,
): Position | undefined {
  const text = decodeCursor(`discrepancy:${field}`, after);
  if (text === undefined) return undefined;
  let tuple: unknown;
  try {
    tuple = JSON.parse(text);
  } catch {
    throw badInput('"after" is not a cursor of this list');
  }
  if (Array.isArray(tuple) && tuple.length === 3) {
    const [part, a, b] = tuple as unknown[];
    if (part === 0 && typeof a === 'string' && typeof b === 'string')
      return { part: 0, stream: a, key: b };
    if (
      part === 1 &&
      typeof a === 'string' &&
      typeof b === 'string' &&
      /^\d+$/.test(a) &&
      /^\d+$/.test(b)
    )
      return { part: 1, bodyId: a, edgeId: b };
  }
  throw badInput('"after" is not a cursor of this list');
}

/** The organization columns every discrepancy query selects (null when unresolved). */
export const ORGANIZATION_COLUMNS = organizationColumns('o', 'org_');

/** The GraphQL organization of a row selected with ORGANIZATION_COLUMNS. */
export function organizationOf(row: Record<string, unknown>): OrganizationNode | null {
  return nodeOfRowOrNull(row, 'org_');
}

/** Keyset condition on the source's current records, after a record position (index order). */
export function afterRecord(position: Position | undefined, params: unknown[]): string {
  if (!position || position.part !== 0) return '';
  params.push(position.stream, position.key);
  return `and (s.stream, s.record_key) > ($${params.length - 1}, $${params.length})`;
}
