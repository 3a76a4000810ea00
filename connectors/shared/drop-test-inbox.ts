import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SOURCE_TRANSPORT, type SourceId } from '../../src/model/feeds';
import type { Batch } from '../../src/landing/batch';
import type { Connector, PullContext } from './connector';

/**
 * Test support for drop connectors: a temporary inbox, a pull context on it, and a pull collected
 * into its batches (the pull processor's view, without a database).
 */
export interface TestInbox {
  dir: string;
  file(name: string): string;
  remove(): Promise<void>;
}

export async function createTestInbox(prefix: string): Promise<TestInbox> {
  const dir = await mkdtemp(join(tmpdir(), `${prefix}-inbox-`));
  return {
    dir,
    file: (name) => join(dir, name),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A pull context on `inbox`, resuming from `checkpoint` (a stream's saved checkpoint). */
export function dropContext(
  source: SourceId,
  stream: string,
  inbox: string,
  options: Record<string, unknown>,
  checkpoint?: Record<string, unknown>,
): PullContext {
  return {
    feed: { source, transport: SOURCE_TRANSPORT[source], inbox, sandbox: false, options },
    checkpoints: checkpoint ? { [stream]: checkpoint } : {},
    full: false,
  };
}

/** Runs a pull to the end and returns its batches. */
export async function pullAll(connector: Connector, context: PullContext): Promise<Batch[]> {
  const batches: Batch[] = [];
  for await (const batch of connector.pull(context)) batches.push(batch);
  return batches;
}

/** The checkpoint the pull processor holds after landing `batches` (the last one set). */
export function checkpointAfter(
  batches: Batch[],
  previous?: Record<string, unknown>,
): Record<string, unknown> | undefined {
  return batches.reduce<Record<string, unknown> | undefined>(
    (saved, batch) => batch.checkpoint ?? saved,
    previous,
  );
}

/** Rejections of `batches` as `{ position, reason }`, in order. */
export function rejectionsOf(
  batches: Batch[],
): Array<{ position: string | null | undefined; reason: string }> {
  return batches.flatMap((b) =>
    b.rejections.map((r) => ({ position: r.position, reason: r.reason })),
  );
}

/** Record keys of `batches`, in order. */
export function keysOf(batches: Batch[]): string[] {
  return batches.flatMap((b) => b.records.map((r) => r.key));
}
