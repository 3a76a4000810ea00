import { cityOfDivision } from '../../src/coverage/region';
import type { RuleSet } from '../../src/coverage/rule-set';
import { divisionName } from '../../src/reference/divisions';
import { badInput } from '../pagination/relay';

/** Province, city or county, by the shape of a six-digit code. */
export type RegionLevel = 'province' | 'city' | 'county';

const PROVINCE = '610000';

export function regionLevel(code: string): RegionLevel {
  return code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county';
}

/**
 * Checks that a region is a Shaanxi division that holds joint meetings: the province 610000, a
 * city (XXXX00) or a county, known to the national division list; anything else is BAD_USER_INPUT.
 */
export function meetingRegionOrError(code: string): string {
  const trimmed = code.trim();
  if (!/^61\d{4}$/.test(trimmed)) {
    throw badInput(
      `"region" must be a six-digit Shaanxi division code (610000, a city such as 610100, or a ` +
        `county such as 610113), got "${code}"`,
    );
  }
  if (!divisionName(trimmed))
    throw badInput(`"region" ${trimmed} is not a known Shaanxi province, city or county`);
  return trimmed;
}

let counties: string[] | undefined;

/** Every known Shaanxi county code (61CCKK, KK ≠ 00), from the division list. */
function allCounties(): string[] {
  if (counties) return counties;
  counties = [];
  for (let city = 1; city <= 99; city++) {
    for (let county = 1; county <= 99; county++) {
      const code = `61${String(city).padStart(2, '0')}${String(county).padStart(2, '0')}`;
      if (divisionName(code)) counties.push(code);
    }
  }
  return counties;
}

/**
 * The regions directly under a region, in code order: the cities of the province; the counties
 * of a city, by the rule set's city of each county (so Yangling 610403 is under 咸阳市 610400);
 * none under a county.
 */
export function childRegions(code: string, ruleSet: RuleSet): string[] {
  const level = regionLevel(code);
  if (level === 'county') return [];
  if (level === 'province') {
    const cities = new Set(allCounties().map((county) => cityOfDivision(county, ruleSet)));
    for (let city = 1; city <= 99; city++) {
      const cityCode = `61${String(city).padStart(2, '0')}00`;
      if (divisionName(cityCode)) cities.add(cityCode);
    }
    return [...cities]
      .filter((city) => city !== PROVINCE && city.startsWith(code.slice(0, 2)))
      .sort();
  }
  return allCounties()
    .filter((county) => cityOfDivision(county, ruleSet) === code)
    .sort();
}
