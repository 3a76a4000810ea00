/** Calendar helpers in China Standard Time (UTC+08:00), the zone every feed uses. */

const CST_OFFSET_MS = 8 * 3600 * 1000;
export const DAY_MS = 86_400_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD` of an instant, in CST. */
export function cstDate(ms: number): string {
  const d = new Date(ms + CST_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** ISO 8601 with `+08:00`, second precision. */
export function cstDateTime(ms: number): string {
  const d = new Date(ms + CST_OFFSET_MS);
  return (
    `${cstDate(ms)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:` +
    `${pad(d.getUTCSeconds())}+08:00`
  );
}

/** Midnight CST of a `YYYY-MM-DD` date, as epoch ms. */
export function cstMidnight(date: string): number {
  return Date.parse(`${date}T00:00:00+08:00`);
}

/** Parts of a `YYYY-MM-DD` date. */
export function dateParts(date: string): { y: number; m: number; d: number } {
  return { y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)), d: Number(date.slice(8, 10)) };
}

/** Last day of the month before the given instant's month, e.g. 2026-11-24 → 2026-10-31. */
export function endOfPreviousMonth(ms: number, monthsBack = 1): string {
  const d = new Date(ms + CST_OFFSET_MS);
  const end = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - monthsBack + 1, 0);
  return cstDate(end - CST_OFFSET_MS);
}

/** Tax period `YYYYMM` of a `YYYY-MM-DD` date. */
export function periodOf(date: string): string {
  return date.slice(0, 4) + date.slice(5, 7);
}

/** Quarter label (`2026Q3`) and its last day for the last complete quarter before `ms`. */
export function lastCompleteQuarter(
  ms: number,
  quartersBack = 0,
): { label: string; end: string; year: number; q: number } {
  const d = new Date(ms + CST_OFFSET_MS);
  // current quarter index 0..3, minus one below
  let q = Math.floor(d.getUTCMonth() / 3) - quartersBack;
  let year = d.getUTCFullYear();
  q -= 1;
  while (q < 0) {
    q += 4;
    year -= 1;
  }
  const end = cstDate(Date.UTC(year, q * 3 + 3, 0) - CST_OFFSET_MS);
  return { label: `${year}Q${q + 1}`, end, year, q: q + 1 };
}
