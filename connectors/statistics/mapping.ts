import type { CanonicalRecord } from '../../src/canonical/canonical-record';
import { identifierClaim, identifierClaims } from '../../src/canonical/identifier-claim';
import { type OrganizationKind, professionalFirmKind } from '../../src/canonical/organization-kind';
import type { MappedRecord, Rejection } from '../../src/landing/batch';
import {
  FieldProblem,
  countOf,
  divisionCodeOf,
  industryCodeOf,
  mapOrReject,
} from '../shared/field-checks';
import { rejectionFromSchema } from '../shared/record-validation';
import { type CellValue, UNITS, UnitRow } from './streams';

const SOCIAL_KINDS: Partial<Record<UnitRow['机构类型'], OrganizationKind>> = {
  '40': 'SOCIAL_GROUP',
  '51': 'PRIVATE_NON_ENTERPRISE',
  '52': 'FOUNDATION',
};

/**
 * Maps one row of the basic-unit directory (column name → cell) to the canonical record, or says
 * why it cannot land. Key: the USCC as written, else the organization code (folded, hyphen
 * removed), else `name|统计区划代码`. `observedAt` is the end of the report quarter. Pure.
 */
export function mapUnit(
  row: Record<string, CellValue>,
  position: string,
  observedAt: string,
): MappedRecord | Rejection {
  const parsed = UnitRow.safeParse(asText(row));
  const key = recordKey(row);
  if (!parsed.success) return rejectionFromSchema(parsed.error, row, position, key);
  const r = parsed.data;
  return mapOrReject(row, position, key, () => {
    const code12 = r.统计区划代码;
    if (!/^\d{12}$/.test(code12))
      throw new FieldProblem(
        'invalid-division-code',
        '统计区划代码',
        `"${code12}" is not a 12-digit statistical division code`,
      );
    const canonical: CanonicalRecord = {
      source: 'statistics',
      stream: UNITS,
      key: key!,
      entity: 'organization',
      kind: unitKind(r.机构类型, r.单位类型, r.单位详细名称),
      identifiers: identifierClaims(r.统一社会信用代码, r.组织机构代码),
      name: r.单位详细名称,
      address: r.详细地址 ?? undefined,
      divisionCode: divisionCodeOf('统计区划代码', code12.slice(0, 6)),
      streetCode: code12.slice(0, 9),
      park: r.所在园区 ?? undefined,
      industryCode: industryCodeOf('行业代码', industryText(row.行业代码)),
      ownership: {
        holding: r.控股情况 ?? undefined,
        institutionType: r.机构类型,
        unitType: r.单位类型,
      },
      employees: countOf('期末从业人员', row.期末从业人员),
      observedAt,
    };
    return { key: key!, payload: row, canonical, position };
  });
}

/**
 * Kind from 机构类型 and 单位类型: 40/51/52 are social organizations; a 53 (律师事务所等) or 10 (企业)
 * named as a law, accounting or tax-agent firm is that firm; otherwise an establishment
 * (产业活动单位) is a branch and a 10 an enterprise; anything else (事业单位, 机关, 其他) is OTHER.
 */
export function unitKind(
  institutionType: UnitRow['机构类型'],
  unitType: UnitRow['单位类型'],
  name: string,
): OrganizationKind {
  const social = SOCIAL_KINDS[institutionType];
  if (social) return social;
  const firm =
    institutionType === '53' || institutionType === '10' ? professionalFirmKind(name) : null;
  if (firm) return firm;
  if (unitType === '产业活动单位') return 'BRANCH';
  return institutionType === '10' ? 'ENTERPRISE' : 'OTHER';
}

/** The record key (SPEC §3), from the raw cells so a rejection can name it too. */
function recordKey(row: Record<string, CellValue>): string | undefined {
  const text = asText(row);
  const uscc = text.统一社会信用代码?.trim();
  if (uscc) return uscc;
  const orgCode = identifierClaim(text.组织机构代码);
  if (orgCode) return orgCode.normalized ?? orgCode.raw.trim();
  const name = text.单位详细名称?.trim();
  const code12 = text.统计区划代码?.trim();
  return name && code12 ? `${name}|${code12}` : undefined;
}

/** Every cell as text: numbers as their digits, blanks as undefined. */
function asText(row: Record<string, CellValue>): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(row).map(([column, value]) => [
      column,
      value === null ? undefined : String(value),
    ]),
  );
}

/** 行业代码 typed as a number loses its leading zero (0111 → 111): four digits again. */
function industryText(value: CellValue): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 10000)
    return String(value).padStart(4, '0');
  return value === null ? undefined : String(value);
}
