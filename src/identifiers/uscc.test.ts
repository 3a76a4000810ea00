import { isValidOrganizationCode, organizationCodeCheckCharacter } from './organization-code';
import {
  USCC_ALPHABET,
  isValidUscc,
  normalizeUsccInput,
  parseUscc,
  usccCheckCharacter,
} from './uscc';

const PUBLISHED_VALID = [
  '914403001922038216',
  '9144030071526726XG',
  '91440300708461136T',
  '91520000214434146R',
];

/** Builds a valid USCC from a prefix (chars 1–8) and an org code body (chars 9–16). */
function makeUscc(prefix8: string, orgBody8: string): string {
  const first17 = prefix8 + orgBody8 + organizationCodeCheckCharacter(orgBody8);
  return first17 + usccCheckCharacter(first17);
}

describe('isValidUscc', () => {
  it.each(PUBLISHED_VALID)('accepts published code %s', (code) => {
    expect(isValidUscc(code)).toBe(true);
  });

  it('rejects an early pilot code whose check character does not verify', () => {
    expect(isValidUscc('91350211M00013FA1N')).toBe(false);
  });

  it.each(PUBLISHED_VALID)('rejects every single-character corruption of %s', (code) => {
    for (let i = 0; i < 18; i++) {
      for (const ch of USCC_ALPHABET) {
        if (ch === code[i]) continue;
        expect(isValidUscc(code.slice(0, i) + ch + code.slice(i + 1))).toBe(false);
      }
    }
  });

  it('requires the embedded organization code to verify as well', () => {
    // Valid mod-31 check over a body whose org code check char (17) is wrong.
    const body = '91610100' + '12345678' + '0';
    expect(isValidOrganizationCode(body.slice(8))).toBe(false);
    expect(isValidUscc(body + usccCheckCharacter(body))).toBe(false);
  });

  it('rejects forbidden letters, lowercase and wrong lengths', () => {
    expect(isValidUscc('91440300192203821')).toBe(false);
    expect(isValidUscc('9144030071526726xg')).toBe(false);
    expect(isValidUscc('91440300I92203821G')).toBe(false);
  });

  it('accepts generated codes, including letters in the organization code', () => {
    const code = makeUscc('52610000', 'MJY12345');
    expect(isValidUscc(code)).toBe(true);
  });
});

describe('usccCheckCharacter', () => {
  it('maps a remainder of 0 to the character 0', () => {
    expect(usccCheckCharacter('00000000000000000')).toBe('0');
  });

  it('rejects bodies with forbidden characters', () => {
    expect(() => usccCheckCharacter('9144030019220382O')).toThrow(RangeError);
    expect(() => usccCheckCharacter('914403001922038')).toThrow(RangeError);
  });
});

describe('parseUscc', () => {
  it('splits a valid code into its parts', () => {
    expect(parseUscc('914403001922038216')).toEqual({
      authority: '9',
      category: '91',
      divisionCode: '440300',
      organizationCode: '192203821',
    });
    expect(parseUscc('91520000214434146R').divisionCode).toBe('520000');
  });

  it('throws on an invalid code', () => {
    expect(() => parseUscc('91350211M00013FA1N')).toThrow(RangeError);
  });
});

describe('normalizeUsccInput', () => {
  const code = makeUscc('91610131', 'MA6U0001');

  it('folds full-width characters, lowercase, spaces and hyphens', () => {
    const fullWidth = [...code].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    expect(fullWidth.startsWith('９１６１０１')).toBe(true);
    expect(normalizeUsccInput(fullWidth)).toBe(code);
    expect(normalizeUsccInput(code.toLowerCase())).toBe(code);
    expect(
      normalizeUsccInput(` ${code.slice(0, 6)} ${code.slice(6, 12)}\t${code.slice(12)} `),
    ).toBe(code);
    expect(normalizeUsccInput(`${code.slice(0, 8)}-${code.slice(8)}`)).toBe(code);
    expect(normalizeUsccInput(`${code.slice(0, 8)}\u3000${code.slice(8)}`)).toBe(code);
    expect(isValidUscc(normalizeUsccInput(fullWidth)!)).toBe(true);
  });

  it('does not repair look-alike letters', () => {
    expect(normalizeUsccInput('9144O3001922038216')).toBe('9144O3001922038216');
  });

  it('returns null for empty input', () => {
    expect(normalizeUsccInput('  ')).toBeNull();
    expect(normalizeUsccInput(undefined)).toBeNull();
  });
});
