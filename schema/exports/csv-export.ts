import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { ExportColumn, ExportRow } from './export-columns';

/**
 * Streams rows as CSV: UTF-8 with a BOM (so Excel opens the Chinese headers correctly), header row
 * first. The pipeline pulls rows only as fast as the client reads, and a client that goes away
 * destroys the pipeline, which stops the row source.
 */
export async function streamCsv(
  out: Writable,
  columns: ExportColumn[],
  rows: AsyncIterable<ExportRow>,
): Promise<void> {
  const stringifier = stringify({
    bom: true,
    header: true,
    columns: columns.map((c) => ({ key: c.key, header: c.header })),
  });
  await pipeline(Readable.from(rows), stringifier, out);
}
