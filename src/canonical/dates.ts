/**
 * Calendar dates as departments write them (SPEC): `YYYY-MM-DD`, `YYYYMMDD`, `YYYY年M月D日`,
 * `YYYY/M/D`, and Excel serial day numbers. Returns ISO `YYYY-MM-DD`, or null for anything that is
 * not a real calendar day (`0000-00-00`, `2026-02-30`).
 */
export function parseCalendarDate(raw: string | number | Date | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  if (raw instanceof Date)
    return Number.isNaN(raw.getTime()) ? null : raw.toISOString().slice(0, 10);
  if (typeof raw === 'number') return fromExcelSerial(raw);
  const text = raw.trim();
  const match =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(text) ??
    /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text) ??
    /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(text);
  if (!match) return /^\d+(\.\d+)?$/.test(text) ? fromExcelSerial(Number(text)) : null;
  return isoIfReal(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * `YYYY-MM-DD` of a real calendar day, checked by arithmetic: a Date and its ISO string per check
 * were 2% of landing's CPU profile.
 */
function isoIfReal(year: number, month: number, day: number): string | null {
  if (
    year < 1900 ||
    year > 2100 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  )
    return null;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** Excel's 1900 date system counts days from 1899-12-30 (its phantom 1900-02-29 included). */
function fromExcelSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 80000) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return isoIfReal(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * An instant from an ISO-8601 timestamp; times without a zone are China Standard Time (SPEC).
 * Returns null when unparseable.
 */
export function parseInstant(raw: string | null | undefined): Date | null {
  if (!raw) return null;
  const text = raw.trim().replace(' ', 'T');
  const zoned = /([zZ]|[+-]\d{2}:?\d{2})$/.test(text)
    ? text
    : /T/.test(text)
      ? `${text}+08:00`
      : `${text}T00:00:00+08:00`;
  const date = new Date(zoned);
  if (Number.isNaN(date.getTime())) return null;
  return parseCalendarDate(text) ? date : null; // Date would roll 2026-02-30 over into March
}

/** The calendar day (China Standard Time) of an instant, as `YYYY-MM-DD`. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
