import { open } from 'node:fs/promises';
import type { SourceId } from '../../src/model/feeds';
import type { Batch, MappedRecord, Rejection } from '../../src/landing/batch';
import { isRejection } from '../../src/landing/batch';
import type { PullContext } from './connector';
import {
  type DropFeedConfig,
  type InboxFile,
  type ProcessedFiles,
  fileOrigin,
  isProcessed,
  listReadyFiles,
  newestProcessed,
  processedFilesOf,
  withProcessed,
} from './drop-inbox';
import { excerptOf } from './record-validation';

/**
 * What one data row of a drop file became: a record, a rejection, or nothing (a row the feed
 * skips).
 */
export type RowOutcome = MappedRecord | Rejection | null;

/**
 * A file that cannot be read as a whole (`empty-file`, `truncated-file`, `wrong-header`,
 * `unreadable-file`, `superseded-snapshot`). Readers throw it; {@link pullDropFeed} quarantines the
 * file.
 */
export class WholeFileProblem extends Error {
  constructor(
    readonly reason: string,
    readonly detail: string,
    readonly position: string | null = null,
    readonly excerpt?: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

/** One drop feed: its stream, its file names, and how to read one of its files. */
export interface DropFeed {
  source: SourceId;
  stream: string;
  /** File names of the feed (non-global), e.g. `/^social_orgs_\d{8}\.csv$/`. */
  pattern: RegExp;
  /**
   * Full-snapshot files: batches carry the snapshot marker, and an older re-delivery is superseded.
   */
  snapshot: boolean;
  /** Reads one file row by row; throws {@link WholeFileProblem} for a file that cannot be read. */
  read(file: InboxFile): AsyncIterable<RowOutcome>;
}

/**
 * Pulls a drop feed: every ready file not yet processed (by name + hash), oldest first — on a full
 * resync the newest file only — as batches of at most `batchSize` records and rejections. The
 * checkpoint marking a file processed rides on its last batch only, so a crash re-reads the file
 * (landing is idempotent). A file that cannot be read at all yields one batch with a single
 * whole-file rejection and that checkpoint, so it is not retried until the department delivers a
 * corrected file (a new hash).
 */
export async function* pullDropFeed(
  context: PullContext,
  feed: DropFeed,
  config: DropFeedConfig,
): AsyncGenerator<Batch> {
  const files = await listReadyFiles(config.inbox, feed.pattern, {
    stableMs: config.stableMs,
    source: feed.source,
  });
  let done = processedFilesOf(context.full ? undefined : context.checkpoints[feed.stream]);
  // Every file of a drop feed is a complete listing, so a full resync re-reads the newest one only;
  // replaying older files would make outdated versions current again until the newest undid it.
  if (context.full) for (const older of files.slice(0, -1)) done = withProcessed(done, older);
  for (const file of files) {
    if (isProcessed(done, file)) continue;
    context.signal?.throwIfAborted();
    const newest = newestProcessed(done);
    done = withProcessed(done, file);
    if (feed.snapshot && newest !== undefined && file.name < newest) {
      // Landing a corrected older snapshot after a newer one would roll the registry back.
      yield quarantinedFile(
        feed.stream,
        file,
        new WholeFileProblem(
          'superseded-snapshot',
          `a newer snapshot (${newest}) is already landed`,
        ),
        done,
      );
      continue;
    }
    yield* fileBatches(feed, file, done, config.batchSize, context.signal);
  }
}

/** The one batch of a file quarantined whole: no records, one rejection, the checkpoint. */
export function quarantinedFile(
  stream: string,
  file: InboxFile,
  problem: WholeFileProblem,
  checkpoint: ProcessedFiles,
): Batch {
  return {
    stream,
    origin: fileOrigin(file),
    records: [],
    rejections: [
      { position: null, reason: problem.reason, detail: problem.detail, excerpt: problem.excerpt },
    ],
    checkpoint: checkpoint as unknown as Record<string, unknown>,
  };
}

async function* fileBatches(
  feed: DropFeed,
  file: InboxFile,
  done: ProcessedFiles,
  batchSize: number,
  signal?: AbortSignal,
): AsyncGenerator<Batch> {
  const origin = fileOrigin(file);
  // record keys seen in this file: the one thing that grows with it
  const landed = new Set<string>();
  let records: MappedRecord[] = [];
  let rejections: Rejection[] = [];
  let yielded = false;
  let rows = 0;
  const batch = (final: boolean, checkpoint?: ProcessedFiles): Batch => ({
    stream: feed.stream,
    origin,
    records,
    rejections,
    ...(checkpoint ? { checkpoint: checkpoint as unknown as Record<string, unknown> } : {}),
    ...(feed.snapshot ? { snapshot: { file: file.name, final } } : {}),
  });
  try {
    for await (const outcome of feed.read(file)) {
      rows++;
      if (outcome === null) continue;
      // A full batch waits for the next row: only then is it known not to be the file's last.
      if (records.length + rejections.length >= batchSize) {
        signal?.throwIfAborted();
        yield batch(false);
        yielded = true;
        records = [];
        rejections = [];
      }
      if (isRejection(outcome)) rejections.push(outcome);
      else if (landed.has(outcome.key)) rejections.push(duplicateRow(outcome));
      else {
        landed.add(ownCopy(outcome.key));
        records.push(outcome);
      }
    }
    if (rows === 0) throw new WholeFileProblem('empty-file', 'the file holds no data rows');
  } catch (error) {
    if (!(error instanceof WholeFileProblem)) throw error;
    if (!yielded) {
      // nothing of it has landed: keep it that way
      yield quarantinedFile(feed.stream, file, error, done);
      return;
    }
    // Part of the file already landed: close it with the problem, and never as a complete snapshot.
    rejections.push({
      position: error.position,
      reason: error.reason,
      detail: error.detail,
      excerpt: error.excerpt,
    });
    yield batch(false, done);
    return;
  }
  yield batch(true, done);
}

/**
 * A copy of a string that shares no memory with it. A key cut out of a parser's chunk of text can
 * be a V8 "sliced string" that keeps the whole chunk alive; kept in a set for the whole file, that
 * would retain the file's text chunk by chunk.
 */
function ownCopy(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

function duplicateRow(record: MappedRecord): Rejection {
  return {
    reason: 'duplicate-row',
    detail: `record key ${record.key} already appeared earlier in this file`,
    position: record.position,
    excerpt: excerptOf(record.payload),
    recordKey: record.key,
  };
}

/**
 * Text exports always end with a line break: a file without one was cut short. Checks the tail
 * before any row is read, so a truncated file is quarantined whole.
 */
export async function assertCompleteTextFile(file: InboxFile): Promise<void> {
  if (file.size === 0) throw new WholeFileProblem('empty-file', 'the file is empty (0 bytes)');
  const last = await readBytes(file.path, file.size - 1, 1);
  if (last[0] !== 0x0a && last[0] !== 0x0d) {
    throw new WholeFileProblem(
      'truncated-file',
      `the last line is not terminated by a line break (${file.size} bytes)`,
    );
  }
}

/** `length` bytes of a file from `offset`. */
export async function readBytes(path: string, offset: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, offset);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
