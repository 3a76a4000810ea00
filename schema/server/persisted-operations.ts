import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { projectRoot } from '../../src/config/project-root';

/** A persisted operation: its text, known by the SHA-256 of that text (hex). */
export interface PersistedOperation {
  id: string;
  name: string;
  text: string;
}

/**
 * The allowlist of operations the roles without `operations:any` (portals) may run: the
 * `.graphql` files of `schema/persisted-operations/` (or HUB_PERSISTED_OPERATIONS_DIR), each one
 * operation. A client sends the hash (Apollo's `extensions.persistedQuery.sha256Hash`, or
 * `documentId`), or the exact text; nothing else runs.
 */
export function loadPersistedOperations(
  dir = process.env.HUB_PERSISTED_OPERATIONS_DIR ||
    join(projectRoot(), 'schema', 'persisted-operations'),
): Map<string, PersistedOperation> {
  const operations = new Map<string, PersistedOperation>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    parse(text); // a broken file fails the start, not a request
    const id = createHash('sha256').update(text, 'utf8').digest('hex');
    operations.set(id, { id, name: file.replace(/\.graphql$/, ''), text });
  }
  return operations;
}

/** The persisted operation a request body names (by hash or by exact text), if any. */
export function persistedOperationOf(
  body: Record<string, unknown>,
  operations: Map<string, PersistedOperation>,
): PersistedOperation | undefined {
  const extensions = body.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined;
  const hash = extensions?.persistedQuery?.sha256Hash ?? body.documentId;
  if (typeof hash === 'string') return operations.get(hash.replace(/^sha256:/, ''));
  if (typeof body.query === 'string')
    return operations.get(createHash('sha256').update(body.query, 'utf8').digest('hex'));
  return undefined;
}
