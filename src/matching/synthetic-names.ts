/**
 * Seeded synthetic data for the matcher's tests and benchmark (not used by the hub):
 * a small PRNG, valid USCCs, and the name variants SPEC says departments produce.
 */

import { USCC_ALPHABET, organizationCodeCheckCharacter, usccCheckCharacter } from '../identifiers';

/** A seeded PRNG (mulberry32): same seed, same sequence. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A uniformly chosen item of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

// Organization-code body characters that are also USCC characters (no I, O, S, V, Z).
const ORG_CODE_BODY = USCC_ALPHABET;

/**
 * A valid USCC with a valid embedded organization code.
 *
 * @param rng - randomness for the organization code body
 * @param division - 6-digit division code at registration
 * @param category - chars 1–2, e.g. `'91'`
 */
export function syntheticUscc(rng: SeededRandom, division = '610113', category = '91'): string {
  let body = '';
  for (let i = 0; i < 8; i++) body += ORG_CODE_BODY[rng.int(0, ORG_CODE_BODY.length - 1)];
  // The organization check character (0–9 or X) is always a USCC character too.
  const first17 = `${category}${division}${body}${organizationCodeCheckCharacter(body)}`;
  return first17 + usccCheckCharacter(first17);
}

/** The name variants of SPEC "What real exports get wrong", plus a mistyped character. */
export type NameNoise =
  'brackets' | 'region-prefix' | 'company-suffix' | 'stray-space' | 'traditional' | 'typo';

/** Every {@link NameNoise}, in a fixed order. */
export const NAME_NOISES: readonly NameNoise[] = [
  'brackets',
  'region-prefix',
  'company-suffix',
  'stray-space',
  'traditional',
  'typo',
];

const TRADITIONAL: Readonly<Record<string, string>> = {
  华: '華',
  业: '業',
  发: '發',
  贸: '貿',
  电: '電',
  国: '國',
  东: '東',
  机: '機',
  农: '農',
  药: '藥',
  医: '醫',
  学: '學',
  兴: '興',
  达: '達',
  丰: '豐',
  汇: '匯',
  锦: '錦',
  润: '潤',
  龙: '龍',
  辉: '輝',
  云: '雲',
  荣: '榮',
  实: '實',
  乐: '樂',
  设: '設',
  计: '計',
  网: '網',
  络: '絡',
  饮: '飲',
  广: '廣',
  筑: '築',
  务: '務',
  长: '長',
  宝: '寶',
  阳: '陽',
  鹏: '鵬',
};
const HALF: Readonly<Record<string, string>> = { '（': '(', '）': ')', '(': '（', ')': '）' };
const TYPO_CHARS = [...'鑫森淼焱垚犇骉晶品众'];

/**
 * Applies one noise to a name; returns the name unchanged when the noise does not fit.
 *
 * @param name - canonical name
 * @param noise - which variant
 * @param regions - region prefixes the name may carry or gain, longest first (e.g. `['陕西省西安市雁塔区',
 * '陕西', '西安']`)
 * @param rng - randomness
 */
export function nameVariant(
  name: string,
  noise: NameNoise,
  regions: readonly string[],
  rng: SeededRandom,
): string {
  switch (noise) {
    case 'brackets':
      return name.replace(/[()（）]/g, (c) => HALF[c]!);
    case 'region-prefix': {
      const prefix = regions.find((r) => name.startsWith(r) && name.length - r.length >= 4);
      return prefix ? name.slice(prefix.length) : `${rng.pick(regions)}${name}`;
    }
    case 'company-suffix':
      if (name.endsWith('有限责任公司')) return `${name.slice(0, -6)}有限公司`;
      if (name.endsWith('有限公司') && !name.endsWith('股份有限公司'))
        return `${name.slice(0, -4)}有限责任公司`;
      return name;
    case 'stray-space': {
      const i = rng.int(1, name.length - 1);
      return `${name.slice(0, i)} ${name.slice(i)}`;
    }
    case 'traditional': {
      const chars = [...name];
      const at = chars.map((c, i) => (TRADITIONAL[c] ? i : -1)).filter((i) => i >= 0);
      if (at.length === 0) return name;
      const i = rng.pick(at);
      chars[i] = TRADITIONAL[chars[i]!]!;
      return chars.join('');
    }
    case 'typo': {
      // Replace one character of the trade name or business words, never of the legal form.
      const body = name.replace(/(股份有限公司|有限责任公司|有限公司|农民专业合作社)$/, '');
      const i = rng.int(0, body.length - 1);
      const replacement = TYPO_CHARS.find((c) => c !== body[i] && rng.chance(0.5)) ?? '鑫';
      return name.slice(0, i) + (replacement === body[i] ? '淼' : replacement) + name.slice(i + 1);
    }
  }
}
