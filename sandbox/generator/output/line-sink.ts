import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Append-only file writer that batches small writes and honours back-pressure at `flush()`,
 * so generation runs in constant memory whatever the province size.
 */
export class LineSink {
  private readonly stream: WriteStream;
  private pending: (string | Buffer)[] = [];
  private pendingBytes = 0;
  /** Lines (records) written so far, including any header line. */
  lines = 0;
  /** Bytes written so far. */
  bytes = 0;

  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.stream = createWriteStream(path);
  }

  /** Queues one line; `line` must already end with its line terminator. */
  write(line: string | Buffer): void {
    this.pending.push(line);
    const n = typeof line === 'string' ? Buffer.byteLength(line) : line.length;
    this.pendingBytes += n;
    this.bytes += n;
    this.lines += 1;
  }

  /** Queues a JSON value as one NDJSON line. */
  writeJson(value: unknown): void {
    this.write(`${JSON.stringify(value)}\n`);
  }

  /** Hands queued data to the file and waits while the OS buffer is full. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const chunk = this.pending.every((p) => typeof p === 'string')
      ? (this.pending as string[]).join('')
      : Buffer.concat(this.pending.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
    this.pending = [];
    this.pendingBytes = 0;
    if (!this.stream.write(chunk))
      await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }

  /** Flushes and closes the file. */
  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
  }
}
