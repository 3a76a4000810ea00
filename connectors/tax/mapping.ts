import type { CanonicalRecord } from '../../src/canonical/canonical-record';
import { registryStatus } from '../../src/canonical/canonical-record';
import { taxpayerIdClaim } from '../../src/canonical/identifier-claim';
import { professionalFirmKind, type OrganizationKind } from '../../src/canonical/organization-kind';
import type { MappedRecord, Rejection } from '../../src/landing/batch';
import {
  calendarDateOf,
  countOf,
  divisionCodeOf,
  industryCodeOf,
  mapOrReject,
  rawText,
} from '../shared/field-checks';
import { rejectionFromSchema } from '../shared/record-validation';
import { TAXPAYERS, Taxpayer, periodEnd } from './streams';

/**
 * Maps one `<Taxpayer>` of a period's export to the canonical record, or says why it cannot land.
 * The record key is NSRSBH as written (trimmed); the claim says whether it is a valid USCC or
 * legacy 15-character tax id. Pure: the same input always gives the same answer.
 */
export function mapTaxpayer(
  raw: unknown,
  position: string,
  period: string,
): MappedRecord | Rejection {
  const parsed = Taxpayer.safeParse(raw);
  const key = rawText(raw, 'NSRSBH');
  if (!parsed.success) return rejectionFromSchema(parsed.error, raw, position, key);
  const t = parsed.data;
  return mapOrReject(raw, position, t.NSRSBH, () => {
    const claim = taxpayerIdClaim(t.NSRSBH);
    const identifiers = claim ? [claim] : [];
    const canonical: CanonicalRecord = {
      source: 'tax',
      stream: TAXPAYERS,
      key: t.NSRSBH,
      entity: 'organization',
      kind: taxpayerKind(identifiers[0]?.valid ? identifiers[0].normalized : null, t.NSRMC),
      identifiers,
      name: t.NSRMC,
      address: t.SCJYDZ ?? undefined,
      divisionCode: divisionCodeOf('XZQHDM', t.XZQHDM),
      industryCode: industryCodeOf('HYDM', t.HYDM),
      status: registryStatus(t.NSRZT),
      employees: countOf('DKDJRS', t.DKDJRS),
      establishedOn: calendarDateOf('DJRQ', t.DJRQ),
      observedAt: periodEnd(period),
    };
    return { key: t.NSRSBH, payload: raw as Record<string, unknown>, canonical, position };
  });
}

/**
 * Law firms are known by their USCC category `31` (SPEC §4); accounting and tax-agent firms by
 * name.
 */
function taxpayerKind(validId: string | null, name: string): OrganizationKind | undefined {
  if (validId?.length === 18 && validId.startsWith('31')) return 'LAW_FIRM';
  return professionalFirmKind(name) ?? undefined;
}
