import { isValidRegistrationNumber, registrationNumberCheckDigit } from './registration-number';

/**
 * Independent ISO 7064 MOD 11,10 verification: the running product after all 15 digits must reduce
 * to 1.
 */
function verifiesByIso7064(number15: string): boolean {
  let p = 10;
  let s = 0;
  for (const ch of number15) {
    s = (p + Number(ch)) % 10 || 10;
    p = (2 * s) % 11;
  }
  return s % 10 === 1;
}

describe('registrationNumberCheckDigit', () => {
  it('produces numbers that verify under ISO 7064 MOD 11,10', () => {
    const bodies = [
      '61010000000001',
      '61010310000123',
      '11010800000001',
      '44030110309741',
      '00000000000000',
    ];
    for (const body of bodies) {
      const number = body + registrationNumberCheckDigit(body);
      expect(verifiesByIso7064(number)).toBe(true);
      expect(isValidRegistrationNumber(number)).toBe(true);
    }
  });

  it('matches a hand-computed value', () => {
    // 14 zeros: p runs 9, 7, 3, 6, 1, 2, 4, 8, 5, 10, 9, 7, 3, 6; check = (11 − 6) mod 10 = 5.
    expect(registrationNumberCheckDigit('00000000000000')).toBe('5');
  });

  it('rejects malformed bodies', () => {
    expect(() => registrationNumberCheckDigit('6101000000000')).toThrow(RangeError);
    expect(() => registrationNumberCheckDigit('6101000000000A')).toThrow(RangeError);
  });
});

describe('isValidRegistrationNumber', () => {
  const body = '61010310000123';
  const valid = body + registrationNumberCheckDigit(body);

  it('rejects every other final digit', () => {
    for (const d of '0123456789') {
      if (d === valid[14]) continue;
      expect(isValidRegistrationNumber(body + d)).toBe(false);
    }
  });

  it('rejects every single-digit corruption', () => {
    for (let i = 0; i < 15; i++) {
      for (const d of '0123456789') {
        if (d === valid[i]) continue;
        expect(isValidRegistrationNumber(valid.slice(0, i) + d + valid.slice(i + 1))).toBe(false);
      }
    }
  });

  it('rejects wrong lengths and non-digits', () => {
    expect(isValidRegistrationNumber(valid.slice(0, 14))).toBe(false);
    expect(isValidRegistrationNumber(valid + '0')).toBe(false);
    expect(isValidRegistrationNumber(valid.slice(0, 14) + 'X')).toBe(false);
  });
});
