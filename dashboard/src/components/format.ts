import dayjs from 'dayjs';

/** A rate (0..1) as a percentage with one decimal; a dash when there is nothing to divide. */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}

const COUNT_FORMAT = new Intl.NumberFormat('en-US');

/** A count with thousands separators, as both languages write it. */
export function count(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : COUNT_FORMAT.format(value);
}

/** A date and time in the browser's zone, to the minute. */
export function dateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—';
}

/** A day (YYYY-MM-DD). */
export function day(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD') : '—';
}
