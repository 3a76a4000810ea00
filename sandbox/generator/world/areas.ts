import type { Rng } from '../rng';
import { COUNTIES, type County } from '../reference/divisions';
import {
  BUILDING_SUFFIXES,
  COMMERCIAL_STREETS,
  MARKET_GOODS,
  ROADS,
  TRADE_NAME_CHARS,
} from './name-parts';

/**
 * Places that regional (区域性) Party organizations and unions are built around (rule J1):
 * development zones / parks (园区), professional markets (专业市场), commercial streets
 * (商业街区) and commercial buildings (商务楼宇).
 */
export type AreaKind = '园区' | '专业市场' | '商业街区' | '商务楼宇';

/** One place a regional organization can be built around. */
export interface Area {
  kind: AreaKind;
  name: string;
  county: County;
}

/** Real development zones, placed in the district that hosts their administration. */
const REAL_PARKS: readonly (readonly [string, string])[] = [
  ['610113', '西安高新技术产业开发区'],
  ['610112', '西安经济技术开发区'],
  ['610113', '西安曲江新区'],
  ['610111', '西安浐灞生态区'],
  ['610111', '西安国际港务区'],
  ['610402', '咸阳高新技术产业开发区'],
  ['610302', '宝鸡高新技术产业开发区'],
  ['610403', '杨凌农业高新技术产业示范区'],
  ['610502', '渭南高新技术产业开发区'],
  ['610802', '榆林高新技术产业开发区'],
  ['610702', '汉中经济技术开发区'],
  ['610902', '安康高新技术产业开发区'],
  ['610602', '延安高新技术产业开发区'],
  ['611002', '商洛高新技术产业开发区'],
  ['610204', '铜川新区'],
];

const REAL_STREETS: readonly (readonly [string, string])[] = [
  ['610104', '回民街'],
  ['610113', '大唐不夜城步行街'],
  ['610102', '永兴坊'],
  ['610103', '书院门文化街'],
];

function shortName(county: County): string {
  return county.name.length > 2 ? county.name.slice(0, -1) : county.name;
}

/** Builds the province's areas once per generation (a few per county). */
export function buildAreas(rng: Rng): Area[] {
  const areas: Area[] = [];
  const add = (kind: AreaKind, name: string, county: County): void => {
    if (!areas.some((a) => a.name === name)) areas.push({ kind, name, county });
  };
  for (const [code, name] of REAL_PARKS) {
    const county = COUNTIES.find((c) => c.code === code);
    if (county) add('园区', name, county);
  }
  for (const [code, name] of REAL_STREETS) {
    const county = COUNTIES.find((c) => c.code === code);
    if (county) add('商业街区', name, county);
  }
  for (const county of COUNTIES) {
    const urban = county.name.endsWith('区');
    const short = shortName(county);
    add(
      '园区',
      `${short}${rng.pick(['工业园区', '经济开发区', '现代农业园区', '产业园'])}`,
      county,
    );
    for (let i = 0; i < (urban ? 2 : 1); i++) {
      add(
        '专业市场',
        `${short}${rng.pick(MARKET_GOODS)}${rng.pick(['批发市场', '交易市场', '综合市场'])}`,
        county,
      );
    }
    if (urban || rng.chance(0.4))
      add(
        '商业街区',
        `${short}${rng.pick(ROADS).slice(0, 2)}${rng.pick(COMMERCIAL_STREETS)}`,
        county,
      );
    const buildings = urban ? rng.int(2, 4) : rng.int(0, 1);
    for (let i = 0; i < buildings; i++) {
      add(
        '商务楼宇',
        `${rng.pick(TRADE_NAME_CHARS)}${rng.pick(TRADE_NAME_CHARS)}${rng.pick(BUILDING_SUFFIXES)}`,
        county,
      );
    }
  }
  return areas;
}

/** Areas grouped by county code, for placing organizations near home. */
export function areasByCounty(areas: readonly Area[]): Map<string, Area[]> {
  const map = new Map<string, Area[]>();
  for (const a of areas) {
    const list = map.get(a.county.code) ?? [];
    list.push(a);
    map.set(a.county.code, list);
  }
  return map;
}
