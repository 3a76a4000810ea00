import { badInput } from '../pagination/relay';

const CHINA = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's date in China (UTC+8) as `YYYY-MM-DD`: a meeting held this morning in Xi'an is not "in
 * the future".
 */
export function todayInChina(now: Date = new Date()): string {
  return CHINA.format(now);
}

/** True for a real calendar date written `YYYY-MM-DD` (no 2023-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Checks the date a joint meeting was held: a real `YYYY-MM-DD` date, not after today in China. */
export function meetingDateOrError(text: string, today: string = todayInChina()): string {
  const trimmed = text.trim();
  if (!isCalendarDate(trimmed))
    throw badInput(`"heldOn" must be a real date written YYYY-MM-DD, got "${text}"`);
  if (trimmed > today)
    throw badInput(
      `"heldOn" ${trimmed} is in the future (today is ${today} in China): record a meeting ` +
        `once it is held`,
    );
  return trimmed;
}

/** Checks the year asked about. */
export function meetingYearOrError(year: number): number {
  if (!Number.isInteger(year) || year < 1949 || year > 9999)
    throw badInput(`"year" must be a four-digit year, got ${year}`);
  return year;
}
