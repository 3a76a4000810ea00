import type { Rng } from '../rng';
import type { TrueOrg } from '../truth/organization';
import { TRADITIONAL } from '../world/name-parts';
import { cityShort } from '../world/org-names';

/** The ways another department writes an organization's name differently. */
export type NameVariant =
  'brackets' | 'region-prefix' | 'company-suffix' | 'stray-space' | 'former-name' | 'traditional';

const HALF: Readonly<Record<string, string>> = { '（': '(', '）': ')', '(': '（', ')': '）' };

/** Applies one variant; returns the name unchanged when the variant does not fit it. */
export function applyNameVariant(
  org: TrueOrg,
  name: string,
  variant: NameVariant,
  rng: Rng,
): string {
  switch (variant) {
    case 'brackets':
      return /[()（）]/.test(name) ? name.replace(/[()（）]/g, (c) => HALF[c]) : name;
    case 'region-prefix': {
      for (const prefix of [
        '陕西省',
        '陕西',
        `${org.county.city.name}${org.county.name}`,
        org.county.city.name,
        cityShort(org.county),
      ]) {
        if (name.startsWith(prefix) && name.length - prefix.length >= 4)
          return name.slice(prefix.length);
      }
      return `${rng.chance(0.5) ? '陕西' : cityShort(org.county)}${name}`;
    }
    case 'company-suffix':
      if (name.endsWith('有限责任公司')) return `${name.slice(0, -6)}有限公司`;
      if (name.endsWith('有限公司') && !name.endsWith('股份有限公司'))
        return `${name.slice(0, -4)}有限责任公司`;
      return name;
    case 'stray-space': {
      const i = rng.int(1, name.length - 1);
      return rng.chance(0.5) ? `${name.slice(0, i)} ${name.slice(i)}` : `${name} `;
    }
    case 'former-name':
      return org.formerNames[0] ?? name;
    case 'traditional': {
      // Never inside 会计师事务所 / 税务师事务所: the category test of POLICY reads those words.
      if (/事务所/.test(name)) return name;
      const chars = [...name];
      const at = chars
        .map((c, i) => (TRADITIONAL[c] && TRADITIONAL[c] !== c ? i : -1))
        .filter((i) => i >= 0);
      if (at.length === 0) return name;
      const i = rng.pick(at);
      chars[i] = TRADITIONAL[chars[i]];
      return chars.join('');
    }
  }
}

const VARIANTS: readonly NameVariant[] = [
  'brackets',
  'region-prefix',
  'company-suffix',
  'stray-space',
  'former-name',
  'traditional',
];

/** The name as a non-owning department writes it: at `rate` one variant of the canonical name. */
export function variantName(org: TrueOrg, rng: Rng, rate: number): string {
  if (!rng.chance(rate)) return org.name;
  const variant =
    org.formerNames.length > 0 && rng.chance(0.4) ? 'former-name' : rng.pick(VARIANTS);
  return applyNameVariant(org, org.name, variant, rng);
}
