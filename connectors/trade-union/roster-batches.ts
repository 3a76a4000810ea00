import { createReadStream } from 'node:fs';
import type { Batch, Rejection } from '../../src/landing/batch';
import { isRejection } from '../../src/landing/batch';
import { csvRows, findUnclosedQuote } from '../shared/csv-rows';
import { excerptOf } from '../shared/record-validation';
import type { RosterDownload } from './client';
import { mapUnionRow } from './mapping';
import { UNIONS, UNION_COLUMNS } from './streams';

type Downloaded = Extract<RosterDownload, { notModified: false }>;

/** The checkpoint of the unions stream: the version of the roster landed last. */
export interface UnionsCheckpoint {
  etag?: string;
  sha256: string;
}

/**
 * Turns one downloaded roster into batches of at most `batchSize` rows. Every batch carries the
 * snapshot marker `unions.csv@<etag>` (or `@sha256:<hex>` without an ETag); only the last one is
 * `final` and carries the checkpoint, so a crash mid-file downloads the file again.
 *
 * A file that is not whole (empty, cut, an unclosed quote that swallows the rest) or whose header
 * is not SPEC's becomes ONE batch with one file-level rejection (`position: null`), no records, no
 * snapshot marker (nothing is marked absent) and no checkpoint, so the ETag does not advance and
 * the next pull downloads the file again.
 */
export async function* rosterBatches(
  download: Downloaded,
  batchSize: number,
): AsyncGenerator<Batch> {
  const { file } = download;
  const origin = `${download.url}#sha256=${file.sha256}`;
  if (!download.whole) {
    const detail =
      file.bytes === 0 ? 'empty body' : `${file.bytes} bytes without a final line break`;
    yield wholeFileRejection(origin, 'truncated-file', detail);
    return;
  }
  const unclosed = await findUnclosedQuote(createReadStream(file.path));
  if (unclosed) {
    yield wholeFileRejection(
      origin,
      'unclosed-quote',
      `a quoted field opened by line ${unclosed.line} never closes: ` +
        `${excerptOf(unclosed.raw).slice(0, 200)}`,
    );
    return;
  }
  const snapshotFile = snapshotName(download.etag, file.sha256);
  const seen = new Set<string>();
  let batch: Batch | undefined;
  for await (const row of csvRows(createReadStream(file.path))) {
    if (!batch) {
      if (
        'fields' in row &&
        row.fields.length === UNION_COLUMNS.length &&
        row.fields.every((f, i) => f === UNION_COLUMNS[i])
      ) {
        batch = emptyBatch(origin, snapshotFile);
        continue;
      }
      yield wholeFileRejection(
        origin,
        'wrong-header',
        `header is "${excerptOf(row.raw)}", expected "${UNION_COLUMNS.join(',')}"`,
      );
      return;
    }
    if (batch.records.length + batch.rejections.length >= batchSize) {
      yield batch;
      batch = emptyBatch(origin, snapshotFile);
    }
    const position = String(row.line);
    if (!('fields' in row)) {
      batch.rejections.push({
        reason: 'malformed-row',
        detail: `${row.code}: ${row.problem}`,
        position,
        excerpt: excerptOf(row.raw),
      });
      continue;
    }
    const unionId = row.fields.length === UNION_COLUMNS.length ? row.fields[0].trim() : '';
    if (unionId && seen.has(unionId)) {
      const detail = `union_id ${unionId} appeared earlier in this download`;
      batch.rejections.push({
        reason: 'duplicate-row',
        detail,
        position,
        excerpt: excerptOf(row.raw),
        recordKey: unionId,
      });
      continue;
    }
    const mapped = mapUnionRow(row.fields, position, row.raw);
    if (isRejection(mapped)) {
      batch.rejections.push(mapped);
    } else {
      seen.add(mapped.key); // a row that landed: a later one with the same id is the duplicate
      batch.records.push(mapped);
    }
  }
  if (!batch) {
    yield wholeFileRejection(origin, 'truncated-file', 'no header line');
    return;
  }
  const checkpoint: UnionsCheckpoint = { etag: download.etag, sha256: file.sha256 };
  yield { ...batch, snapshot: { file: snapshotFile, final: true }, checkpoint: { ...checkpoint } };
}

/**
 * `unions.csv@<etag>` with the ETag's quotes and weak marker dropped, else
 * `unions.csv@sha256:<hex>`.
 */
function snapshotName(etag: string | undefined, sha256: string): string {
  const version = etag ? etag.replace(/^W\//, '').replace(/"/g, '') : '';
  return `unions.csv@${version || `sha256:${sha256}`}`;
}

function emptyBatch(origin: string, snapshotFile: string): Batch {
  return {
    stream: UNIONS,
    origin,
    records: [],
    rejections: [],
    snapshot: { file: snapshotFile, final: false },
  };
}

function wholeFileRejection(origin: string, reason: string, detail: string): Batch {
  const rejection: Rejection = { reason, detail, position: null };
  return { stream: UNIONS, origin, records: [], rejections: [rejection] };
}
