import type {
  CanonicalRecord,
  IdentifierClaim,
  RosterCoverage,
} from '../../src/canonical/canonical-record';
import { registryStatus } from '../../src/canonical/canonical-record';
import { identifierClaim, identifierClaims } from '../../src/canonical/identifier-claim';
import type { MappedRecord, Rejection } from '../../src/landing/batch';
import {
  FieldProblem,
  calendarDateOf,
  countOf,
  divisionCodeOf,
  instantOf,
  mapOrReject,
} from '../shared/field-checks';
import { excerptOf, rejectionFromSchema } from '../shared/record-validation';
import { UNIONS, UNION_COLUMNS, UnionRow } from './streams';

/**
 * Maps one roster row (its fields in header order) to the canonical `trade-union` record, or says
 * why it cannot land: `wrong-column-count`, `invalid-encoding` (bytes that are not UTF-8), then
 * the field checks. `employees_reported` becomes `employees`: POLICY counts a standalone union's
 * figure for its covered unit. Pure: the same input always gives the same answer.
 */
export function mapUnionRow(
  fields: string[],
  position: string,
  rawLine?: string,
): MappedRecord | Rejection {
  const excerpt = excerptOf(rawLine ?? fields.join(','));
  if (fields.length !== UNION_COLUMNS.length) {
    const detail = `${fields.length} columns, expected ${UNION_COLUMNS.length}`;
    return {
      reason: 'wrong-column-count',
      detail,
      position,
      excerpt,
      recordKey: fields[0]?.trim() || undefined,
    };
  }
  const row = Object.fromEntries(UNION_COLUMNS.map((column, i) => [column, fields[i]])) as Record<
    string,
    string
  >;
  const recordKey = row.union_id.trim() || undefined;
  const garbled = UNION_COLUMNS.find((column) => row[column].includes('\uFFFD'));
  if (garbled)
    return {
      reason: 'invalid-encoding',
      detail: `${garbled}: bytes that are not UTF-8`,
      position,
      excerpt,
      recordKey,
    };
  const parsed = UnionRow.safeParse(row);
  if (!parsed.success)
    return { ...rejectionFromSchema(parsed.error, row, position, recordKey), excerpt };
  const u = parsed.data;
  const mapped = mapOrReject(row, position, u.union_id, () => {
    const coverage: RosterCoverage = {
      form: u.form,
      coveredUnits: parseCoveredUnits(u.covered_units),
      members: countOf('members', u.members),
      venue: parseSixHaves(u.venue_six_haves),
    };
    const canonical: CanonicalRecord = {
      source: 'trade-union',
      stream: UNIONS,
      key: u.union_id,
      entity: 'trade-union',
      identifiers: identifierClaims(u.union_uscc),
      name: u.union_name,
      divisionCode: divisionCodeOf('division_code', u.division_code),
      status: registryStatus(u.status),
      employees: countOf('employees_reported', u.employees_reported),
      establishedOn: calendarDateOf('established', u.established),
      coverage,
      observedAt: instantOf('updated_at', u.updated_at),
    };
    return { key: u.union_id, payload: row, canonical, position };
  });
  return 'reason' in mapped ? { ...mapped, excerpt } : mapped;
}

/**
 * `USCC|name;USCC|name` (hand-typed, so full-width `；`/`｜` too). Claims are kept even when invalid;
 * an empty USCC part gives a null identifier, and a part without `|` is taken as a name alone.
 */
export function parseCoveredUnits(
  text: string | null | undefined,
): Array<{ identifier: IdentifierClaim | null; name: string }> {
  return (text ?? '')
    .split(/[;；]/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const bar = part.search(/[|｜]/);
      if (bar < 0) return { identifier: null, name: part };
      return { identifier: identifierClaim(part.slice(0, bar)), name: part.slice(bar + 1).trim() };
    });
}

/**
 * The six haves (六有) of rule V1: six `Y`/`N` in the order place, facilities, signage, emblem,
 * books, rules.
 */
export function parseSixHaves(text: string | null | undefined): RosterCoverage['venue'] {
  if (!text) return undefined;
  if (!/^[YN]{6}$/.test(text))
    throw new FieldProblem(
      'invalid-field',
      'venue_six_haves',
      `"${text}" is not six Y/N characters`,
    );
  const [place, facilities, signage, flag, books, rules] = [...text].map((c) => c === 'Y');
  return { place, facilities, signage, flag, books, rules };
}
