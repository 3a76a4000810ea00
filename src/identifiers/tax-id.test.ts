import { organizationCodeCheckCharacter } from './organization-code';
import { parseLegacyTaxId } from './tax-id';

describe('parseLegacyTaxId', () => {
  it('splits a tax id with a valid embedded organization code', () => {
    expect(parseLegacyTaxId('61010371526726X')).toEqual({
      divisionCode: '610103',
      organizationCode: '71526726X',
      valid: true,
    });
  });

  it('accepts letters in the organization code', () => {
    const org = 'MA6U0001' + organizationCodeCheckCharacter('MA6U0001');
    expect(parseLegacyTaxId('610113' + org)?.valid).toBe(true);
  });

  it('marks a wrong organization check character as invalid', () => {
    expect(parseLegacyTaxId('610103192203822')).toEqual({
      divisionCode: '610103',
      organizationCode: '192203822',
      valid: false,
    });
  });

  it('returns null when the shape is wrong', () => {
    expect(parseLegacyTaxId('61010319220382')).toBeNull(); // 14 chars
    expect(parseLegacyTaxId('6101031922038211')).toBeNull(); // 16 chars
    expect(parseLegacyTaxId('61A103192203821')).toBeNull(); // letter in division code
    expect(parseLegacyTaxId('61010319220382Y')).toBeNull(); // check char must be 0-9 or X
    expect(parseLegacyTaxId('61010371526726x')).toBeNull(); // canonical form is upper case
  });
});
