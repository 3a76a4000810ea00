import { createReadStream } from 'node:fs';

/**
 * Streams a newline-delimited file and reports every line's byte offset and length without
 * decoding it, so a million-line feed can be indexed in a few hundred megabytes at most.
 */
export async function scanLines(
  path: string,
  onLine: (buf: Buffer, start: number, end: number, offset: number) => void,
): Promise<void> {
  let carry: Buffer | null = null;
  let carryOffset = 0;
  let position = 0;
  for await (const piece of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const chunk = piece as Buffer;
    const buf: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
    const base = carry ? carryOffset : position;
    let start = 0;
    for (let nl = buf.indexOf(10, start); nl >= 0; nl = buf.indexOf(10, start)) {
      if (nl > start) onLine(buf, start, nl, base + start);
      start = nl + 1;
    }
    carry = start < buf.length ? buf.subarray(start) : null;
    carryOffset = base + start;
    position += chunk.length;
  }
  if (carry && carry.length > 0) onLine(carry, 0, carry.length, carryOffset);
}

/** Reads the string value of `"key":"…"` inside buf[start, end) without parsing the JSON. */
export function extractJsonString(
  buf: Buffer,
  start: number,
  end: number,
  key: string,
): string | null {
  const needle = Buffer.from(`"${key}":"`);
  const at = buf.indexOf(needle, start);
  if (at < 0 || at >= end) return null;
  const from = at + needle.length;
  const to = buf.indexOf(34, from); // closing quote; keys and dates carry no escapes
  if (to < 0 || to > end) return null;
  return buf.toString('utf8', from, to);
}
