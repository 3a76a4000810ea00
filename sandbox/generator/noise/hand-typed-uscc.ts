import type { Rng } from '../rng';
import { USCC_ALPHABET } from '../identifiers/uscc';

/** The ways a USCC typed by hand goes wrong (SPEC "What real exports get wrong"). */
export type UsccTypo =
  'swap' | 'o-for-0' | 'lowercase' | 'spaces' | 'full-width' | 'wrong-check' | 'empty';

const TYPOS: readonly UsccTypo[] = [
  'swap',
  'o-for-0',
  'lowercase',
  'spaces',
  'full-width',
  'wrong-check',
];

/** Applies one typo to a valid USCC. */
export function applyUsccTypo(uscc: string, typo: UsccTypo, rng: Rng): string {
  switch (typo) {
    case 'swap': {
      // Swap two adjacent, different characters so the value really changes.
      for (let tries = 0; tries < 10; tries++) {
        const i = rng.int(2, 15);
        if (uscc[i] !== uscc[i + 1])
          return uscc.slice(0, i) + uscc[i + 1] + uscc[i] + uscc.slice(i + 2);
      }
      return uscc;
    }
    case 'o-for-0': {
      const zeros = [...uscc].map((c, i) => (c === '0' ? i : -1)).filter((i) => i >= 0);
      if (zeros.length === 0) return uscc.toLowerCase();
      const i = rng.pick(zeros);
      return `${uscc.slice(0, i)}O${uscc.slice(i + 1)}`;
    }
    case 'lowercase':
      return uscc.toLowerCase();
    case 'spaces': {
      const i = rng.int(2, 16);
      return rng.chance(0.5) ? `${uscc.slice(0, i)} ${uscc.slice(i)}` : ` ${uscc} `;
    }
    case 'full-width':
      return [...uscc].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    case 'wrong-check': {
      const others = USCC_ALPHABET.replace(uscc[17], '');
      return uscc.slice(0, 17) + rng.pick([...others]);
    }
    case 'empty':
      return '';
  }
}

/** A hand-typed copy of a USCC: usually right, at `rate` broken in one of the usual ways. */
export function handTypedUscc(uscc: string | null, rng: Rng, rate: number): string {
  if (!uscc) return '';
  if (!rng.chance(rate)) return uscc;
  return applyUsccTypo(uscc, rng.pick(TYPOS), rng);
}
