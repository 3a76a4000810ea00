import type { Rng } from '../rng';
import type { County } from '../reference/divisions';
import { INDUSTRY_CLASSES, type IndustryRow } from '../reference/industry-classes';
import type { Area } from '../world/areas';
import { ROADS } from '../world/name-parts';
import type { OrgKind } from './organization';

/** Market-regulation enterprise type (企业类型) for a kind. */
export function entTypeFor(rng: Rng, kind: OrgKind): string | null {
  switch (kind) {
    case 'private-company':
      return rng.weighted([
        ['有限责任公司(自然人投资或控股)', 80],
        ['有限责任公司(自然人独资)', 20],
      ]);
    case 'private-joint-stock':
      return '股份有限公司(非上市、自然人投资或控股)';
    case 'sole-proprietorship':
      return '个人独资企业';
    case 'partnership':
      return rng.pick(['普通合伙企业', '有限合伙企业']);
    case 'individual-business':
      return '个体工商户';
    case 'farmers-coop':
      return '农民专业合作社';
    case 'hmt-invested':
      return rng.pick(['有限责任公司(港澳台法人独资)', '有限责任公司(台港澳与境内合资)']);
    case 'foreign-invested':
      return rng.pick(['有限责任公司(外国法人独资)', '有限责任公司(中外合资)']);
    case 'state-owned':
      return rng.pick(['有限责任公司(国有独资)', '全民所有制', '有限责任公司(国有控股)']);
    case 'collective':
      return '集体所有制';
    case 'accounting-firm':
      return rng.pick(['特殊普通合伙企业', '有限责任公司(自然人投资或控股)']);
    case 'tax-agent-firm':
      return '有限责任公司(自然人投资或控股)';
    default:
      return null;
  }
}

/** Branch type derived from the parent's type: 有限责任公司(X) → 有限责任公司分公司(X), etc. */
export function branchEntType(parentType: string): string {
  const m = /^(有限责任公司|股份有限公司)\((.+)\)$/.exec(parentType);
  if (m) return `${m[1]}分公司(${m[2]})`;
  if (parentType === '全民所有制' || parentType === '集体所有制')
    return `${parentType}分支机构(非法人)`;
  if (parentType.includes('合伙')) return '合伙企业分支机构';
  if (parentType === '个人独资企业') return '个人独资企业分支机构';
  return '有限责任公司分公司(自然人投资或控股)';
}

const CLASSES_BY_TAG = new Map<string, IndustryRow[]>();
for (const row of INDUSTRY_CLASSES) {
  for (const tag of row[4]) {
    const list = CLASSES_BY_TAG.get(tag) ?? [];
    list.push(row);
    CLASSES_BY_TAG.set(tag, list);
  }
}

/** A GB/T 4754 class for an industry tag (see industry-classes.ts). */
export function industryFor(rng: Rng, tag: string): IndustryRow {
  const list = CLASSES_BY_TAG.get(tag);
  if (!list) throw new Error(`no industry classes tagged ${tag}`);
  return rng.pick(list);
}

/**
 * A full address as market regulation writes it, placed in the organization's area when it has one.
 */
export function addressFor(
  rng: Rng,
  county: County,
  streetName: string,
  area: Area | null,
): string {
  const base = `陕西省${county.city.name}${county.name}${streetName}`;
  const no = rng.int(1, 999);
  if (area?.kind === '商务楼宇')
    return (
      `${base}${rng.pick(ROADS)}${no}号${area.name}${rng.int(2, 32)}` +
      `${String(rng.int(1, 30)).padStart(2, '0')}室`
    );
  if (area?.kind === '专业市场')
    return `${base}${area.name}${rng.pick(['A', 'B', 'C', 'D'])}区${rng.int(1, 300)}号`;
  if (area?.kind === '商业街区') return `${base}${area.name}${no}号`;
  if (area?.kind === '园区') return `${base}${area.name}${rng.pick(ROADS)}${no}号`;
  return `${base}${rng.pick(ROADS)}${no}号`;
}

/** Registered capital text (注册资本), e.g. `500万元人民币`. */
export function regCapitalFor(rng: Rng, kind: OrgKind, employees: number): string {
  if (kind === 'individual-business') return `${rng.int(1, 30)}万元人民币`;
  if (kind === 'foreign-invested' || kind === 'hmt-invested')
    return `${rng.pick([50, 100, 200, 500, 1000])}万美元`;
  const base =
    employees >= 100
      ? [1000, 3000, 5000, 10000]
      : employees >= 20
        ? [200, 500, 1000, 2000]
        : [3, 10, 30, 50, 100, 200];
  return `${rng.pick(base)}万元人民币`;
}

/** Establishment year range by kind (SOEs and collectives are old; conversions happened later). */
export function estYearRange(kind: OrgKind): readonly [number, number] {
  switch (kind) {
    case 'state-owned':
      return [1958, 2012];
    case 'collective':
      return [1960, 2000];
    case 'converted':
      return [1960, 1997];
    case 'law-firm':
    case 'accounting-firm':
      return [1995, 2025];
    case 'individual-business':
      return [2005, 2026];
    default:
      return [1998, 2026];
  }
}

/**
 * Where an organization of this kind likes to sit (park, market, street, building), if anywhere.
 */
export function areaPreference(kind: OrgKind): readonly (readonly [Area['kind'] | null, number])[] {
  switch (kind) {
    case 'individual-business':
      return [
        [null, 45],
        ['专业市场', 30],
        ['商业街区', 25],
      ];
    case 'farmers-coop':
      return [
        [null, 70],
        ['园区', 30],
      ];
    case 'law-firm':
    case 'accounting-firm':
    case 'tax-agent-firm':
      return [
        [null, 40],
        ['商务楼宇', 60],
      ];
    case 'social-group':
    case 'social-service':
    case 'foundation':
    case 'chamber':
      return [
        [null, 70],
        ['商务楼宇', 30],
      ];
    case 'private-school':
    case 'private-hospital':
      return [[null, 100]];
    default:
      return [
        [null, 45],
        ['园区', 25],
        ['商务楼宇', 20],
        ['专业市场', 5],
        ['商业街区', 5],
      ];
  }
}
