import {
  foldIdentifierInput,
  isValidOrganizationCode,
  normalizeOrganizationCodeInput,
  organizationCodeCheckCharacter,
} from './organization-code';

// Embedded in the published USCCs 914403001922038216, 9144030071526726XG, 91440300708461136T.
const PUBLISHED = ['192203821', '71526726X', '708461136', '214434146'];

describe('organizationCodeCheckCharacter', () => {
  it('reproduces the check characters of published codes, including X', () => {
    for (const code of PUBLISHED) {
      expect(organizationCodeCheckCharacter(code.slice(0, 8))).toBe(code[8]);
    }
  });

  it('gives 0 when the weighted sum is a multiple of 11', () => {
    expect(organizationCodeCheckCharacter('00000000')).toBe('0');
  });

  it('values letters A=10 … Z=35', () => {
    // D=13 weighted 3 → 39; 39 mod 11 = 6 → 11 − 6 = 5.
    expect(organizationCodeCheckCharacter('D0000000')).toBe('5');
    // Z=35 weighted 3 → 105; 105 mod 11 = 6 → 5.
    expect(organizationCodeCheckCharacter('Z0000000')).toBe('5');
  });

  it('rejects malformed bodies', () => {
    expect(() => organizationCodeCheckCharacter('1234567')).toThrow(RangeError);
    expect(() => organizationCodeCheckCharacter('1234567a')).toThrow(RangeError);
  });
});

describe('isValidOrganizationCode', () => {
  it('accepts published codes and generated ones with letters', () => {
    for (const code of PUBLISHED) expect(isValidOrganizationCode(code)).toBe(true);
    const body = 'D2143569';
    expect(isValidOrganizationCode(body + organizationCodeCheckCharacter(body))).toBe(true);
  });

  it('rejects every single-digit corruption of a valid code', () => {
    // Letters are values up to 35, so e.g. 0→X (33) can slip through mod 11; digits cannot.
    const code = '192203821';
    for (let i = 0; i < 9; i++) {
      for (const ch of i === 8 ? '0123456789X' : '0123456789') {
        if (ch === code[i]) continue;
        const corrupted = code.slice(0, i) + ch + code.slice(i + 1);
        expect(isValidOrganizationCode(corrupted)).toBe(false);
      }
    }
  });

  it('rejects hyphenated, lowercase or wrong-length input (normalize first)', () => {
    expect(isValidOrganizationCode('19220382-1')).toBe(false);
    expect(isValidOrganizationCode('71526726x')).toBe(false);
    expect(isValidOrganizationCode('19220382')).toBe(false);
  });
});

describe('normalizeOrganizationCodeInput', () => {
  it('strips the hyphen, spaces and width, and upper-cases', () => {
    expect(normalizeOrganizationCodeInput('19220382-1')).toBe('192203821');
    expect(normalizeOrganizationCodeInput(' 7152 6726－x ')).toBe('71526726X');
    expect(normalizeOrganizationCodeInput('１９２２０３８２－１')).toBe('192203821');
  });

  it('returns null for empty input', () => {
    expect(normalizeOrganizationCodeInput('')).toBeNull();
    expect(normalizeOrganizationCodeInput(' \u3000- ')).toBeNull();
    expect(normalizeOrganizationCodeInput(null)).toBeNull();
    expect(foldIdentifierInput(undefined)).toBeNull();
  });

  it('drops zero-width characters pasted from web forms', () => {
    expect(foldIdentifierInput('1922\u200B03821\uFEFF')).toBe('192203821');
  });
});
