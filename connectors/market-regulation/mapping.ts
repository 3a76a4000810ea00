import type { CanonicalRecord, RegistryEvent } from '../../src/canonical/canonical-record';
import { registryStatus } from '../../src/canonical/canonical-record';
import { parseCalendarDate, parseInstant } from '../../src/canonical/dates';
import { identifierClaims } from '../../src/canonical/identifier-claim';
import { kindFromEnterpriseType } from '../../src/canonical/organization-kind';
import { normalizeIndustryCode } from '../../src/reference/industries';
import type { MappedRecord, Rejection } from '../../src/landing/batch';
import { excerptOf, rejectionFromSchema } from '../shared/record-validation';
import { ENTERPRISES, Enterprise } from './streams';

/**
 * Maps one enterprise from the API to the canonical record, or says why it cannot land.
 * Pure: the same input always gives the same answer.
 */
export function mapEnterprise(raw: unknown, position: string): MappedRecord | Rejection {
  const parsed = Enterprise.safeParse(raw);
  const key =
    typeof (raw as { reg_id?: unknown })?.reg_id === 'string'
      ? (raw as { reg_id: string }).reg_id
      : undefined;
  if (!parsed.success) return rejectionFromSchema(parsed.error, raw, position, key);
  const e = parsed.data;
  const reject = (reason: string, detail: string): Rejection => ({
    reason,
    detail,
    position,
    excerpt: excerptOf(raw),
    recordKey: e.reg_id,
  });

  const establishedOn = e.est_date ? parseCalendarDate(e.est_date) : null;
  if (e.est_date && !establishedOn)
    return reject('invalid-date', `est_date: "${e.est_date}" is not a calendar date`);
  const updatedAt = parseInstant(e.updated_at);
  if (!updatedAt) return reject('invalid-date', `updated_at: "${e.updated_at}" is not a timestamp`);
  const industryCode = e.industry_code ? normalizeIndustryCode(e.industry_code) : null;
  if (e.industry_code && !industryCode)
    return reject(
      'invalid-industry-code',
      `industry_code: "${e.industry_code}" is not a GB/T 4754-2017 class`,
    );
  const events: RegistryEvent[] = [];
  for (const event of e.events ?? []) {
    const date = parseCalendarDate(event.date);
    if (!date)
      return reject(
        'invalid-date',
        `events[${event.type}].date: "${event.date}" is not a calendar date`,
      );
    events.push({
      type: event.type,
      date,
      before: event.before ?? null,
      after: event.after ?? null,
    });
  }

  const canonical: CanonicalRecord = {
    source: 'market-regulation',
    stream: ENTERPRISES,
    key: e.reg_id,
    entity: 'organization',
    kind: kindFromEnterpriseType(e.ent_type, e.name),
    identifiers: identifierClaims(e.uscc, e.reg_no),
    name: e.name.trim(),
    formerNames: (e.former_names ?? []).filter((n) => n.trim() !== ''),
    legalRepresentative: e.legal_rep ?? undefined,
    address: e.address ?? undefined,
    divisionCode: e.division_code ?? undefined,
    industryCode: industryCode ?? undefined,
    status: registryStatus(e.status),
    ownership: { entType: e.ent_type },
    establishedOn: establishedOn ?? undefined,
    parentUscc: e.parent_uscc ?? undefined,
    events: events.length > 0 ? events : undefined,
    observedAt: updatedAt.toISOString(),
  };
  return { key: e.reg_id, payload: raw as Record<string, unknown>, canonical, position };
}
