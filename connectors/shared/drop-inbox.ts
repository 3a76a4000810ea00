import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { parseCalendarDate, parseInstant } from '../../src/canonical/dates';
import { ConfigError, type FeedConfig } from '../../src/config/hub-config';
import { sourceEnvName, type SourceId } from '../../src/model/feeds';

/**
 * Drop transport (SPEC "Common to all feeds"): the department writes complete files into an inbox
 * directory; the hub reads them, identifies each by name + SHA-256, and never modifies or deletes
 * anything there.
 */

/**
 * Options every drop connector accepts from `feed.options` (its config.ts re-exports this schema).
 */
export const DropFeedConfig = z.object({
  /** The inbox directory (`HUB_FEED_<SOURCE>_INBOX`). */
  inbox: z.string().min(1),
  /** Records + rejections per batch; one batch lands in one transaction. */
  batchSize: z.number().int().min(1).max(1000).default(1000),
  /** A file is ready when its size and mtime did not change over this many milliseconds. */
  stableMs: z.number().int().min(0).default(2000),
});

export type DropFeedConfig = z.infer<typeof DropFeedConfig>;

/** A complete file in the inbox. */
export interface InboxFile {
  name: string;
  path: string;
  size: number;
  /** Hex SHA-256 of the content. */
  sha256: string;
}

/** The inbox directory is not configured, missing or not a directory. */
export class InboxUnavailableError extends Error {}

function inboxVariable(source?: SourceId): string {
  return `HUB_FEED_${source ? sourceEnvName(source) : '<SOURCE>'}_INBOX`;
}

/** The inbox of a drop feed, or a ConfigError naming the variable that sets it. */
export function inboxOf(feed: FeedConfig): string {
  if (!feed.inbox)
    throw new ConfigError(
      `${feed.source} is a drop feed without an inbox: set ${inboxVariable(feed.source)}`,
    );
  return feed.inbox;
}

/** Hex SHA-256 of a file, streamed. */
export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

interface Look {
  size: number;
  mtimeMs: number;
}

async function lookAt(path: string): Promise<Look | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? { size: s.size, mtimeMs: s.mtimeMs } : null;
  } catch (error) {
    // moved away between two looks
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * The inbox files whose name matches `pattern` (not a global regex) and that are complete, sorted
 * by name — the names carry the date or period, so this is chronological. A file whose size or
 * mtime changes between two looks `stableMs` apart is still being written and is left for a later
 * pull. Each ready file is hashed (streamed, constant memory).
 */
export async function listReadyFiles(
  inbox: string,
  pattern: RegExp,
  options: { stableMs?: number; source?: SourceId } = {},
): Promise<InboxFile[]> {
  let names: string[];
  try {
    names = (await readdir(inbox)).filter((name) => pattern.test(name));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
    throw new InboxUnavailableError(
      `inbox directory ${inbox} does not exist or is not a directory: check ` +
        `${inboxVariable(options.source)}`,
    );
  }
  names.sort(); // code-unit order: `social_orgs_20261001` before `social_orgs_20261101`
  const first = await Promise.all(names.map((name) => lookAt(join(inbox, name))));
  await sleep(options.stableMs ?? 2000);
  const ready: InboxFile[] = [];
  for (const [i, name] of names.entries()) {
    const path = join(inbox, name);
    const before = first[i];
    const after = await lookAt(path);
    if (!before || !after || before.size !== after.size || before.mtimeMs !== after.mtimeMs)
      continue;
    ready.push({ name, path, size: after.size, sha256: await fileSha256(path) });
  }
  return ready;
}

/** `${name}#sha256=${hash}`: the batch origin of everything read from a file. */
export function fileOrigin(file: InboxFile): string {
  return `${file.name}#sha256=${file.sha256}`;
}

/**
 * The checkpoint of a drop stream: every file processed so far, by name, with the hash it had.
 * The same name with the same hash is never read again; a new hash under the same name is a new
 * version of the file and is read again.
 */
export interface ProcessedFiles {
  processed: Record<string, string>;
}

/** Reads a saved checkpoint, tolerating an empty or foreign one. */
export function processedFilesOf(checkpoint: Record<string, unknown> | undefined): ProcessedFiles {
  const processed = checkpoint?.processed;
  if (!processed || typeof processed !== 'object') return { processed: {} };
  const entries = Object.entries(processed as Record<string, unknown>).filter(
    (e): e is [string, string] => typeof e[1] === 'string',
  );
  return { processed: Object.fromEntries(entries) };
}

export function isProcessed(checkpoint: ProcessedFiles, file: InboxFile): boolean {
  return checkpoint.processed[file.name] === file.sha256;
}

/** A new checkpoint with `file` processed (the input is not changed). */
export function withProcessed(checkpoint: ProcessedFiles, file: InboxFile): ProcessedFiles {
  return { processed: { ...checkpoint.processed, [file.name]: file.sha256 } };
}

/** The last processed file by name, i.e. the newest snapshot landed. */
export function newestProcessed(checkpoint: ProcessedFiles): string | undefined {
  return Object.keys(checkpoint.processed).sort().at(-1);
}

/**
 * The instant a dated file describes: midnight China Standard Time of the `YYYYMMDD` captured by
 * `pattern`'s first group (`members_20261101.ndjson` → `2026-10-31T16:00:00.000Z`), or null when
 * the name holds no real date.
 */
export function fileDateInstant(fileName: string, pattern: RegExp): string | null {
  const date = parseCalendarDate(pattern.exec(fileName)?.[1]);
  return date ? parseInstant(date)!.toISOString() : null;
}
