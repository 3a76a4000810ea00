import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { WriteStream } from 'node:fs';
import { SOURCE_TRANSPORT } from '../../src/config/feed-sources';
import type { Connector } from './connector';

/** What one pull of a large generated file cost. */
export interface MemoryReport {
  source: string;
  file: string;
  megabytes: number;
  records: number;
  rejections: number;
  batches: number;
  seconds: number;
  /** Resident set size before the pull and at its peak, in MB. */
  rssBeforeMb: number;
  rssPeakMb: number;
  /** V8 heap in use before the pull and at its peak, in MB. */
  heapBeforeMb: number;
  heapPeakMb: number;
}

const mb = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;

/** A fresh temporary inbox for a bench run, removed by `done`. */
export async function benchInbox(source: string): Promise<{ dir: string; done: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `${source}-bench-`));
  return { dir, done: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes a chunk, waiting for the stream to drain when its buffer is full (constant memory). */
export async function writeChunk(out: WriteStream, chunk: string | Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Ends a file stream and waits until everything is on disk. */
export async function endStream(out: WriteStream): Promise<void> {
  out.end();
  await finished(out);
}

/**
 * Pulls every file of `inbox` through `connector`, dropping the batches as the pull processor
 * would after landing them, and samples memory on every batch and every 20 ms. Run node with
 * `--expose-gc` so the baseline is taken after a collection.
 */
export async function measurePull(connector: Connector, inbox: string, file: string): Promise<MemoryReport> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  let rssPeak = before.rss;
  let heapPeak = before.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    rssPeak = Math.max(rssPeak, now.rss);
    heapPeak = Math.max(heapPeak, now.heapUsed);
  };
  const timer = setInterval(sample, 20);
  const started = process.hrtime.bigint();
  let records = 0;
  let rejections = 0;
  let batches = 0;
  try {
    const context = {
      feed: { source: connector.source, transport: SOURCE_TRANSPORT[connector.source], inbox, sandbox: false, options: { stableMs: 0 } },
      checkpoints: {},
      full: false,
    };
    for await (const batch of connector.pull(context)) {
      records += batch.records.length;
      rejections += batch.rejections.length;
      batches++;
      sample();
    }
  } finally {
    clearInterval(timer);
  }
  return {
    source: connector.source,
    file,
    megabytes: mb((await stat(join(inbox, file))).size),
    records,
    rejections,
    batches,
    seconds: Math.round(Number(process.hrtime.bigint() - started) / 1e7) / 100,
    rssBeforeMb: mb(before.rss),
    rssPeakMb: mb(rssPeak),
    heapBeforeMb: mb(before.heapUsed),
    heapPeakMb: mb(heapPeak),
  };
}
