import { z } from 'zod';
import { parseCalendarDate, parseInstant } from '../../src/canonical/dates';
import type { MappedRecord, Rejection } from '../../src/landing/batch';
import { normalizeIndustryCode } from '../../src/reference/industries';
import { excerptOf } from './record-validation';

/**
 * A department field that cannot land. Mappings throw it from the checks below and
 * {@link mapOrReject} turns it into the record's quarantine entry.
 */
export class FieldProblem extends Error {
  constructor(
    readonly reason: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${field}: ${detail}`);
  }
}

/** Counts above this (employees, members) are typing errors, not organizations (SPEC "absurd"). */
export const ABSURD_COUNT = 1_000_000;

/** Blank text counts as absent, so a blank required field is `missing-field`, not an empty name. */
export function blankAsAbsent(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

/** Zod schema of a required text field: trimmed, blank → `missing-field`. */
export function requiredText() {
  return z.preprocess(blankAsAbsent, z.string().trim());
}

/** Zod schema of an optional text field: trimmed, blank → absent. */
export function optionalText() {
  return z.preprocess(blankAsAbsent, z.string().trim().nullish());
}

/**
 * Zod schema of a required enumerated field: blank → `missing-field`, anything else unlisted →
 * `unknown-enum`.
 */
export function requiredEnum<const T extends readonly [string, ...string[]]>(values: T) {
  // Through z.string() first: zod reports an absent enum as `invalid_value`, which would read as
  // unknown-enum.
  return z.preprocess(
    (v) => (typeof v === 'string' ? blankAsAbsent(v.trim()) : v),
    z.string().pipe(z.enum(values)),
  );
}

/** A text field of a raw record, when it is text (record keys for quarantine entries). */
export function rawText(raw: unknown, field: string): string | undefined {
  const value = (raw as Record<string, unknown> | null | undefined)?.[field];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

/**
 * A head count (employees, members): a whole number written as a number or as text (full-width
 * digits folded). Negative → `negative-number`, above `max` → `absurd-number`, anything else →
 * `invalid-number`; blank is absent unless `required` (then `missing-field`).
 */
export function countOf(
  field: string,
  raw: unknown,
  options: { required?: boolean; max?: number } = {},
): number | undefined {
  if (isBlank(raw)) {
    if (options.required) throw new FieldProblem('missing-field', field, 'no value');
    return undefined;
  }
  const text =
    typeof raw === 'number'
      ? String(raw)
      : typeof raw === 'string'
        ? raw.normalize('NFKC').trim()
        : '';
  if (!/^[+-]?\d+$/.test(text))
    throw new FieldProblem('invalid-number', field, `${JSON.stringify(raw)} is not a whole number`);
  const value = Number(text);
  if (value < 0) throw new FieldProblem('negative-number', field, `${value} is negative`);
  if (value > (options.max ?? ABSURD_COUNT))
    throw new FieldProblem('absurd-number', field, `${value} is not a plausible count`);
  return value;
}

/**
 * An optional calendar date in any form `parseCalendarDate` reads; `0000-00-00` and the like →
 * `invalid-date`.
 */
export function calendarDateOf(field: string, raw: string | null | undefined): string | undefined {
  if (isBlank(raw)) return undefined;
  const date = parseCalendarDate(raw);
  if (!date) throw new FieldProblem('invalid-date', field, `"${raw}" is not a calendar date`);
  return date;
}

/**
 * A required instant (updated_at, as_of) as ISO-8601 UTC; zone-less times are CST. The calendar
 * part is checked too, because `Date` silently rolls `2026-02-30` over into March.
 */
export function instantOf(field: string, raw: string | null | undefined): string {
  if (isBlank(raw)) throw new FieldProblem('missing-field', field, 'no value');
  const instant = parseInstant(raw);
  if (!instant || !parseCalendarDate(raw))
    throw new FieldProblem('invalid-date', field, `"${raw}" is not a timestamp`);
  return instant.toISOString();
}

/**
 * An optional GB/T 2260 county-level division code: exactly six digits, else
 * `invalid-division-code`.
 */
export function divisionCodeOf(field: string, raw: string | null | undefined): string | undefined {
  if (isBlank(raw)) return undefined;
  const code = raw!.trim();
  if (!/^\d{6}$/.test(code))
    throw new FieldProblem(
      'invalid-division-code',
      field,
      `"${raw}" is not a six-digit division code`,
    );
  return code;
}

/**
 * An optional GB/T 4754-2017 industry code, normalized to letter + 4 digits, else
 * `invalid-industry-code`.
 */
export function industryCodeOf(field: string, raw: string | null | undefined): string | undefined {
  if (isBlank(raw)) return undefined;
  const code = normalizeIndustryCode(raw);
  if (!code)
    throw new FieldProblem(
      'invalid-industry-code',
      field,
      `"${raw}" is not a GB/T 4754-2017 class`,
    );
  return code;
}

/**
 * Runs a mapping that may throw {@link FieldProblem}s and returns its record, or the rejection
 * naming the first problem. Other errors are bugs and propagate.
 */
export function mapOrReject(
  raw: unknown,
  position: string,
  recordKey: string | undefined,
  map: () => MappedRecord,
): MappedRecord | Rejection {
  try {
    return map();
  } catch (error) {
    if (!(error instanceof FieldProblem)) throw error;
    return {
      reason: error.reason,
      detail: error.message,
      position,
      excerpt: excerptOf(raw),
      recordKey,
    };
  }
}
