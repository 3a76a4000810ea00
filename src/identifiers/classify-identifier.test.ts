import { classifyIdentifier } from './classify-identifier';
import { organizationCodeCheckCharacter } from './organization-code';
import { registrationNumberCheckDigit } from './registration-number';

describe('classifyIdentifier', () => {
  it('classifies a valid USCC and exposes its parts', () => {
    expect(classifyIdentifier('91520000214434146R')).toEqual({
      raw: '91520000214434146R',
      normalized: '91520000214434146R',
      scheme: 'uscc',
      valid: true,
      organizationCode: '214434146',
      divisionCode: '520000',
      category: '91',
    });
  });

  it('normalizes width, case and spaces before classifying', () => {
    const result = classifyIdentifier('９１４４ ０３００ ７１５２ ６７２６ ｘｇ');
    expect(result.normalized).toBe('9144030071526726XG');
    expect(result.valid).toBe(true);
    expect(result.organizationCode).toBe('71526726X');
  });

  it('keeps an invalid 18-char code as uscc without derived fields', () => {
    const result = classifyIdentifier('91350211M00013FA1N');
    expect(result).toEqual({
      raw: '91350211M00013FA1N',
      normalized: '91350211M00013FA1N',
      scheme: 'uscc',
      valid: false,
    });
    expect(classifyIdentifier('9144O3001922038216')).toMatchObject({
      scheme: 'uscc',
      valid: false,
    });
  });

  it('classifies organization codes with or without the hyphen', () => {
    expect(classifyIdentifier('19220382-1')).toMatchObject({
      scheme: 'organization-code',
      valid: true,
      organizationCode: '192203821',
    });
    expect(classifyIdentifier('71526726x')).toMatchObject({
      scheme: 'organization-code',
      valid: true,
    });
    expect(classifyIdentifier('19220382-2')).toMatchObject({
      scheme: 'organization-code',
      valid: false,
    });
  });

  it('classifies a valid registration number', () => {
    const body = '61010310000123';
    const number = body + registrationNumberCheckDigit(body);
    expect(classifyIdentifier(number)).toEqual({
      raw: number,
      normalized: number,
      scheme: 'registration-number',
      valid: true,
      divisionCode: '610103',
    });
  });

  it('classifies a legacy tax id with a letter in the organization code', () => {
    const org = 'MA6U0001' + organizationCodeCheckCharacter('MA6U0001');
    expect(classifyIdentifier('610113' + org)).toMatchObject({
      scheme: 'legacy-tax-id',
      valid: true,
      organizationCode: org,
      divisionCode: '610113',
    });
    expect(classifyIdentifier('610103' + 'MA6U0001' + 'Y')).toMatchObject({ scheme: 'unknown' });
  });

  it('tries a legacy tax id when 15 digits fail MOD 11,10', () => {
    // 610103 + 192203821: a valid organization code with digits only.
    const taxId = '610103192203821';
    const registrationValid = registrationNumberCheckDigit(taxId.slice(0, 14)) === taxId[14];
    expect(registrationValid).toBe(false);
    expect(classifyIdentifier(taxId)).toMatchObject({
      scheme: 'legacy-tax-id',
      valid: true,
      organizationCode: '192203821',
    });
  });

  it('calls 15 digits that fail both checks an invalid registration number', () => {
    const body = '61010310000123';
    const right = registrationNumberCheckDigit(body);
    const wrong = [...'0123456789'].find(
      (d) => d !== right && organizationCodeCheckCharacter('10000123') !== d,
    )!;
    expect(classifyIdentifier(body + wrong)).toMatchObject({
      scheme: 'registration-number',
      valid: false,
    });
  });

  it('returns unknown for empty or odd-length input', () => {
    expect(classifyIdentifier(null)).toEqual({
      raw: null,
      normalized: '',
      scheme: 'unknown',
      valid: false,
    });
    expect(classifyIdentifier(undefined).normalized).toBe('');
    expect(classifyIdentifier('  ').scheme).toBe('unknown');
    expect(classifyIdentifier('12345').scheme).toBe('unknown');
  });
});
