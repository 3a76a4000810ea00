import type { z } from 'zod';
import type { Rejection } from '../../src/landing/batch';

/**
 * Turns the first schema violation of a department record into a quarantine reason:
 * `missing-field`, `unknown-enum`, `invalid-number` or `invalid-field`, naming the field.
 */
export function rejectionFromSchema(
  error: z.ZodError,
  excerpt: unknown,
  position?: string,
  recordKey?: string,
): Rejection {
  const issue = error.issues[0];
  const field = issue.path.join('.') || '(record)';
  let reason = 'invalid-field';
  if (issue.code === 'invalid_type' && /received undefined|received null/.test(issue.message))
    reason = 'missing-field';
  else if (issue.code === 'invalid_value') reason = 'unknown-enum';
  else if (issue.code === 'too_small' && issue.origin === 'string') reason = 'missing-field';
  else if (
    issue.code === 'too_small' ||
    issue.code === 'too_big' ||
    issue.code === 'not_multiple_of'
  )
    reason = 'invalid-number';
  return {
    reason,
    detail: `${field}: ${issue.message}`,
    position,
    excerpt: excerptOf(excerpt),
    recordKey,
  };
}

/** The first 500 characters of a record, as text, for a person reading the quarantine. */
export function excerptOf(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return (text ?? '').slice(0, 500);
}
