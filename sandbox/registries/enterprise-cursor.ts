/**
 * The opaque `next_cursor` of /enterprises: base64url JSON of the last position served, the
 * window (since, until) and when the cursor was issued. Expires 24 h after issue (HTTP 410).
 */
export interface EnterpriseCursor {
  /** updated_at (ms) and reg_id of the last record served. */
  u: number;
  r: string;
  /** Window: updated_since (ms, null = from the beginning) and the window's upper bound (ms). */
  s: number | null;
  t: number;
  /** Issued at (ms). */
  i: number;
}

/** Cursor lifetime: 24 h (SPEC §1). */
export const CURSOR_TTL_MS = 24 * 3600 * 1000;

/** Encodes a cursor as base64url JSON. */
export function encodeCursor(c: EnterpriseCursor): string {
  return Buffer.from(JSON.stringify(c), 'utf8').toString('base64url');
}

/** Decodes a cursor; null when it is not one of ours. */
export function decodeCursor(text: string): EnterpriseCursor | null {
  try {
    const c = JSON.parse(
      Buffer.from(text, 'base64url').toString('utf8'),
    ) as Partial<EnterpriseCursor>;
    if (
      typeof c.u !== 'number' ||
      typeof c.r !== 'string' ||
      typeof c.t !== 'number' ||
      typeof c.i !== 'number'
    )
      return null;
    if (c.s !== null && typeof c.s !== 'number') return null;
    return { u: c.u, r: c.r, s: c.s, t: c.t, i: c.i };
  } catch {
    return null;
  }
}
