import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

/** A snapshot file downloaded to local disk, with what is needed to judge it whole. */
export interface DownloadedFile {
  path: string;
  bytes: number;
  /** Hex SHA-256 of the bytes (SPEC: a file is identified by name + SHA-256). */
  sha256: string;
  /** Whether the last byte is a line break: a complete CSV export ends with one. */
  endsWithLineBreak: boolean;
  /** Deletes the local copy. */
  dispose(): Promise<void>;
}

/**
 * Streams a response body to a private temporary file, hashing it on the way. A full snapshot is
 * downloaded before any of it is landed, so an empty or cut file is quarantined whole and never
 * half-applied (SPEC "What real exports get wrong"), without holding the file in memory.
 */
export async function downloadToTempFile(
  body: AsyncIterable<Uint8Array>,
  prefix: string,
): Promise<DownloadedFile> {
  const dir = await mkdtemp(join(tmpdir(), `${prefix}-`));
  const path = join(dir, 'download');
  const hash = createHash('sha256');
  let bytes = 0;
  let lastByte = -1;
  try {
    await pipeline(
      body,
      async function* tap(source: AsyncIterable<Uint8Array>) {
        for await (const chunk of source) {
          if (chunk.length === 0) continue;
          hash.update(chunk);
          bytes += chunk.length;
          lastByte = chunk[chunk.length - 1];
          yield chunk;
        }
      },
      createWriteStream(path),
    );
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    path,
    bytes,
    sha256: hash.digest('hex'),
    endsWithLineBreak: lastByte === 0x0a || lastByte === 0x0d,
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
