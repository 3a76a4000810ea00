import type { Rng } from '../rng';
import type { County } from '../reference/divisions';
import {
  GIVEN_NAME_CHARS,
  HOSPITAL_KINDS,
  SCHOOL_KINDS,
  SOCIAL_GROUP_TOPICS,
  SURNAMES,
  TRADE_NAME_CHARS,
} from './name-parts';

/** Builders of canonical organization names. Uniqueness comes from the trade name (字号). */

const N = TRADE_NAME_CHARS.length;

/**
 * Unique trade name (字号) for a counter: two characters for the first N² counters, three after,
 * scattered by an affine bijection so neighbours do not look alike.
 */
export function tradeName(counter: number): string {
  if (counter < N * N) {
    const x = (counter * 7919 + 131) % (N * N);
    return TRADE_NAME_CHARS[Math.floor(x / N)] + TRADE_NAME_CHARS[x % N];
  }
  const space = N * N * N;
  const x = Number((BigInt(counter - N * N) * 104_729n + 977n) % BigInt(space));
  return (
    TRADE_NAME_CHARS[Math.floor(x / (N * N))] +
    TRADE_NAME_CHARS[Math.floor(x / N) % N] +
    TRADE_NAME_CHARS[x % N]
  );
}

/** A person's name (legal representative, operator, individual federation member). */
export function personName(rng: Rng): string {
  const given = rng.chance(0.6)
    ? rng.pick(GIVEN_NAME_CHARS) + rng.pick(GIVEN_NAME_CHARS)
    : rng.pick(GIVEN_NAME_CHARS);
  return rng.pick(SURNAMES) + given;
}

/** City name without 市 (西安市 → 西安); the Yangling zone keeps its own short name. */
export function cityShort(county: County): string {
  return county.city.name.replace(/市$/, '');
}

/** County name without its last character when that leaves ≥ 2 characters (雁塔区 → 雁塔). */
export function countyShort(county: County): string {
  return county.name.length > 2 ? county.name.slice(0, -1) : county.name;
}

/** Company name with one of the usual region prefixes; `suffix` is e.g. 有限公司. */
export function companyName(
  rng: Rng,
  county: County,
  trade: string,
  word: string,
  suffix: string,
): string {
  const form = rng.int(0, 99);
  if (form < 30) return `陕西${trade}${word}${suffix}`;
  if (form < 62) return `${cityShort(county)}${trade}${word}${suffix}`;
  if (form < 70) return `${trade}（${cityShort(county)}）${word}${suffix}`;
  if (form < 92) return `${county.city.name}${county.name}${trade}${word}${suffix}`;
  return `${trade}${word}${suffix}`;
}

/** Name of an individual business (个体工商户): county + trade name + shop word. */
export function individualBusinessName(county: County, trade: string, word: string): string {
  return `${county.name}${trade}${word}`;
}

/** Name of a farmers' professional cooperative (农民专业合作社). */
export function cooperativeName(county: County, trade: string, word: string): string {
  return `${county.name}${trade}${word}农民专业合作社`;
}

/** Name of a social group by registration level. */
export function socialGroupName(rng: Rng, level: string, county: County, trade: string): string {
  const topic = rng.pick(SOCIAL_GROUP_TOPICS);
  const suffix = rng.pick(['协会', '研究会', '促进会', '联谊会']);
  if (level === 'national') return `中国${trade}${topic}${suffix}`;
  if (level === 'provincial') return `陕西省${trade}${topic}${suffix}`;
  if (level === 'city') return `${county.city.name}${trade}${topic}${suffix}`;
  return `${county.city.name}${county.name}${trade}${topic}${suffix}`;
}

/** Name of a private school (民办学校). */
export function schoolName(rng: Rng, county: County, trade: string): string {
  return `${county.city.name}${county.name}${trade}${rng.pick(SCHOOL_KINDS)}`;
}

/** Name of a private hospital (民办医院). */
export function hospitalName(rng: Rng, county: County, trade: string): string {
  return `${cityShort(county)}${trade}${rng.pick(HOSPITAL_KINDS)}`;
}

/** Name of a law firm (律师事务所). */
export function lawFirmName(rng: Rng, county: County, trade: string): string {
  return rng.chance(0.7) ? `陕西${trade}律师事务所` : `${cityShort(county)}${trade}律师事务所`;
}
