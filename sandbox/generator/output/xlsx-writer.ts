import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';

interface ZipLike {
  append(source: unknown, data: Record<string, unknown>): unknown;
}

/**
 * exceljs's streaming WorkbookWriter with every zip entry stamped with the workbook's own
 * `created` date instead of the wall clock, so the same data gives byte-identical files.
 * The zip exists (and gets its first entries) inside the base constructor, in addThemes().
 */
class DeterministicWorkbookWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
  override addThemes(): Promise<void> {
    const zip = (this as unknown as { zip: ZipLike & { pinned?: boolean } }).zip;
    if (!zip.pinned) {
      const append = zip.append.bind(zip);
      const date = this.created;
      zip.append = (source, data) => append(source, { ...data, date });
      zip.pinned = true;
    }
    return super.addThemes();
  }
}

/**
 * Opens a streaming, deterministic workbook at `path` (inline strings, styles on for date formats).
 */
export function openWorkbook(path: string, created: Date): ExcelJS.stream.xlsx.WorkbookWriter {
  // exceljs only reports a failed open at commit time
  mkdirSync(dirname(path), { recursive: true });
  const options = {
    filename: path,
    useStyles: true,
    useSharedStrings: false,
    created,
    modified: created,
    creator: 'sandbox',
    lastModifiedBy: 'sandbox',
  };
  return new DeterministicWorkbookWriter(
    options as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>,
  );
}
