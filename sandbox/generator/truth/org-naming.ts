import type { Rng } from '../rng';
import type { County } from '../reference/divisions';
import type { IndustryRow } from '../reference/industry-classes';
import {
  companyName,
  cooperativeName,
  countyShort,
  cityShort,
  hospitalName,
  individualBusinessName,
  lawFirmName,
  schoolName,
  socialGroupName,
} from '../world/org-names';
import { SOCIAL_SERVICE_KINDS } from '../world/name-parts';
import type { Conversion, OrgKind, SocialRegistration, TrueOrg } from './organization';

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Canonical name (as the owning registry has it) and former names of a new organization. */
export function nameFor(
  rng: Rng,
  kind: OrgKind,
  county: County,
  trade: string,
  industry: IndustryRow,
  parent: TrueOrg | null,
  social: SocialRegistration | null,
  conversion: Conversion | null,
  siblings: readonly string[] = [],
): { name: string; formerNames: string[] } {
  const word = industry[3];
  const llc = rng.chance(0.8) ? '有限公司' : '有限责任公司';
  switch (kind) {
    case 'branch': {
      // 某某有限公司雁塔分公司; a second branch in the same place becomes 雁塔第二分公司.
      const base =
        `${parent?.name ?? `陕西${trade}${word}有限公司`}` +
        `${rng.chance(0.7) ? countyShort(county) : cityShort(county)}`;
      let name = `${base}分公司`;
      for (let n = 2; siblings.includes(name); n++) name = `${base}第${NUMERALS[n] ?? n}分公司`;
      return { name, formerNames: [] };
    }
    case 'individual-business':
      return { name: individualBusinessName(county, trade, word), formerNames: [] };
    case 'farmers-coop':
      return { name: cooperativeName(county, trade, word), formerNames: [] };
    case 'sole-proprietorship':
      return {
        name: `${cityShort(county)}${trade}${word}${rng.pick(['商行', '经营部', '工作室', '服务部'])}`,
        formerNames: [],
      };
    case 'partnership':
      return {
        name:
          `${cityShort(county)}${trade}${word}` +
          `${rng.pick(['合伙企业（有限合伙）', '中心（有限合伙）', '合伙企业（普通合伙）'])}`,
        formerNames: [],
      };
    case 'private-joint-stock':
      return { name: companyName(rng, county, trade, word, '股份有限公司'), formerNames: [] };
    case 'state-owned':
      return {
        name: rng.chance(0.5)
          ? `陕西${trade}${word}集团有限公司`
          : `${county.city.name}${trade}${word}公司`,
        formerNames: [],
      };
    case 'collective':
      return {
        name: `${county.name}${trade}${word}${rng.pick(['厂', '公司', '社'])}`,
        formerNames: [],
      };
    case 'converted':
      return {
        name: companyName(
          rng,
          county,
          trade,
          word,
          conversion?.toType.startsWith('股份') ? '股份有限公司' : llc,
        ),
        formerNames: [
          `${county.city.name}${county.name}${trade}${word}${rng.pick(['厂', '总厂', '公司'])}`,
        ],
      };
    case 'accounting-firm':
      return rng.chance(0.5)
        ? { name: `陕西${trade}会计师事务所有限责任公司`, formerNames: [] }
        : { name: `${cityShort(county)}${trade}会计师事务所（特殊普通合伙）`, formerNames: [] };
    case 'tax-agent-firm':
      return { name: `陕西${trade}税务师事务所有限公司`, formerNames: [] };
    case 'law-firm':
      return { name: lawFirmName(rng, county, trade), formerNames: [] };
    case 'social-group':
      return {
        name: socialGroupName(rng, social?.level ?? 'county', county, trade),
        formerNames: [],
      };
    case 'private-school':
      return { name: schoolName(rng, county, trade), formerNames: [] };
    case 'private-hospital':
      return { name: hospitalName(rng, county, trade), formerNames: [] };
    case 'social-service':
      return {
        name: `${county.city.name}${county.name}${trade}${rng.pick(SOCIAL_SERVICE_KINDS)[0]}`,
        formerNames: [],
      };
    case 'foundation':
      return {
        name:
          social?.level === 'city'
            ? `${county.city.name}${trade}慈善基金会`
            : `陕西省${trade}${rng.pick(['教育', '扶贫', '助学', '文化'])}基金会`,
        formerNames: [],
      };
    default: {
      const name = companyName(rng, county, trade, word, llc);
      // A few companies renamed once (NAME_CHANGE): the old name used another business word.
      const formerNames = rng.chance(0.06)
        ? [name.replace(word, rng.pick(['商贸', '实业', '科技', '贸易']))].filter((n) => n !== name)
        : [];
      return { name, formerNames };
    }
  }
}
