import {
  isValidOrgCode,
  isValidRegNo,
  isValidUscc,
  makeUscc,
  orgCodeCheckChar,
  usccCheckChar,
} from '../generator';
import { applyUsccTypo } from '../generator/noise/hand-typed-uscc';
import { Rng } from '../generator/rng';

describe('generator identifier checks', () => {
  test('known real codes validate', () => {
    expect(isValidUscc('91350100M000100Y43')).toBe(true); // GB 32100 worked example
    expect(isValidUscc('91110000600037341L')).toBe(true);
    expect(isValidOrgCode('60003734-1')).toBe(true);
    expect(isValidRegNo('440301103097413')).toBe(true);
  });

  test('org code check: 10 → X, 11 → 0', () => {
    const checks = new Set<string>();
    for (let i = 0; i < 2000; i++)
      checks.add(orgCodeCheckChar(String(10_000_000 + i * 7919)) ?? '?');
    expect(checks.has('X')).toBe(true);
    expect(checks.has('0')).toBe(true);
    expect(checks.has('?')).toBe(false);
  });

  test('makeUscc builds valid codes; every hand-typed typo but spacing/case breaks validation', () => {
    const rng = new Rng(5);
    const uscc = makeUscc('91', '610113', 'MA6U2K7Q');
    expect(isValidUscc(uscc)).toBe(true);
    expect(usccCheckChar(uscc.slice(0, 17))).toBe(uscc[17]);
    for (const typo of ['o-for-0', 'lowercase', 'spaces', 'full-width', 'wrong-check'] as const) {
      expect(isValidUscc(applyUsccTypo(uscc, typo, rng))).toBe(false);
    }
  });

  test('registration numbers: a changed digit fails', () => {
    expect(isValidRegNo('440301103097414')).toBe(false);
    expect(isValidRegNo('44030110309741')).toBe(false);
  });
});
