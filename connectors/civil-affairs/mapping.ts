import type { CanonicalRecord } from '../../src/canonical/canonical-record';
import { registryStatus } from '../../src/canonical/canonical-record';
import { identifierClaims } from '../../src/canonical/identifier-claim';
import type { OrganizationKind } from '../../src/canonical/organization-kind';
import type { MappedRecord, Rejection } from '../../src/landing/batch';
import {
  FieldProblem,
  calendarDateOf,
  countOf,
  divisionCodeOf,
  mapOrReject,
  rawText,
} from '../shared/field-checks';
import { rejectionFromSchema } from '../shared/record-validation';
import { registrationLevel } from './registration-level';
import { SOCIAL_ORGS, SocialOrgRow } from './streams';

const KINDS: Record<SocialOrgRow['社会组织类型'], OrganizationKind> = {
  社会团体: 'SOCIAL_GROUP',
  民办非企业单位: 'PRIVATE_NON_ENTERPRISE',
  社会服务机构: 'PRIVATE_NON_ENTERPRISE',
  基金会: 'FOUNDATION',
};

/**
 * Maps one row of a civil-affairs snapshot (header name → cell text) to the canonical record, or
 * says why it cannot land. The record key is the USCC as written; `observedAt` is the snapshot's
 * instant. Pure: the same input always gives the same answer.
 */
export function mapSocialOrg(
  row: Record<string, string>,
  position: string,
  observedAt: string,
): MappedRecord | Rejection {
  const parsed = SocialOrgRow.safeParse(row);
  const key = rawText(row, '统一社会信用代码');
  if (!parsed.success) return rejectionFromSchema(parsed.error, row, position, key);
  const r = parsed.data;
  return mapOrReject(row, position, r.统一社会信用代码, () => {
    const divisionCode = divisionCodeOf('行政区划代码', r.行政区划代码);
    const level = registrationLevel(r.登记管理机关, divisionCode);
    if (!level)
      throw new FieldProblem(
        'unknown-enum',
        '登记管理机关',
        `"${r.登记管理机关}" is not a civil-affairs office (民政部, …民政厅, …民政局)`,
      );
    const canonical: CanonicalRecord = {
      source: 'civil-affairs',
      stream: SOCIAL_ORGS,
      key: r.统一社会信用代码,
      entity: 'organization',
      kind: KINDS[r.社会组织类型],
      identifiers: identifierClaims(r.统一社会信用代码),
      name: r.社会组织名称,
      legalRepresentative: r.法定代表人 ?? undefined,
      address: r.住所 ?? undefined,
      divisionCode,
      status: registryStatus(r.登记状态),
      registration: { authority: r.登记管理机关, level },
      socialOrgType: r.社会组织类型,
      sector: r.行业分类 ?? undefined,
      employees: countOf('专职工作人员数', r.专职工作人员数),
      establishedOn: calendarDateOf('成立登记日期', r.成立登记日期),
      observedAt,
    };
    return { key: r.统一社会信用代码, payload: row, canonical, position };
  });
}
