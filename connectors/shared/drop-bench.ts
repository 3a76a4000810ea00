import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { WriteStream } from 'node:fs';
import { SOURCE_TRANSPORT } from '../../src/model/feeds';
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
  /** V8 heap in use before the pull and at its peak (garbage included), in MB. */
  heapBeforeMb: number;
  heapPeakMb: number;
  /**
   * Peak of the heap still in use right after a full collection (every 10 batches): what the pull
   * retains.
   */
  heapRetainedPeakMb: number | null;
}

const mb = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;

/** A memory bench of one drop connector on one large generated file. */
export interface DropBench {
  connector: Connector;
  /** File name in the inbox, e.g. `members_20261101.ndjson`. */
  file: string;
  /** Writes the large file (streamed, so the writer itself stays small). */
  write(path: string): Promise<void>;
}

/**
 * Runs a bench: writes the file into a temporary inbox, then pulls it in a child process of its
 * own (same flags, so `--expose-gc` carries over), so the figures are the pull's alone and not the
 * writer's. Prints the {@link MemoryReport} as JSON.
 */
export async function runDropBench(bench: DropBench): Promise<void> {
  const at = process.argv.indexOf('--measure');
  if (at >= 0) {
    console.log(
      JSON.stringify(await measurePull(bench.connector, process.argv[at + 1], bench.file)),
    );
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), `${bench.connector.source}-bench-`));
  try {
    await bench.write(join(dir, bench.file));
    const child = fork(process.argv[1], ['--measure', dir], { stdio: 'inherit' });
    const [code] = (await once(child, 'exit')) as [number | null];
    if (code !== 0) throw new Error(`the measuring process exited with ${code}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
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
 * `--expose-gc` so the baseline is taken after a collection and the retained heap is measured.
 */
export async function measurePull(
  connector: Connector,
  inbox: string,
  file: string,
): Promise<MemoryReport> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  let rssPeak = before.rss;
  let heapPeak = before.heapUsed;
  let retainedPeak = gc ? before.heapUsed : null;
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
      feed: {
        source: connector.source,
        transport: SOURCE_TRANSPORT[connector.source],
        inbox,
        sandbox: false,
        options: { stableMs: 0 },
      },
      checkpoints: {},
      full: false,
    };
    for await (const batch of connector.pull(context)) {
      records += batch.records.length;
      rejections += batch.rejections.length;
      batches++;
      sample();
      if (gc && retainedPeak !== null && batches % 10 === 0) {
        gc();
        retainedPeak = Math.max(retainedPeak, process.memoryUsage().heapUsed);
      }
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
    heapRetainedPeakMb: retainedPeak === null ? null : mb(retainedPeak),
  };
}
