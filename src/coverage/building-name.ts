/**
 * Commercial building (商务楼宇) named in an address, for rule J1's regional grouping by building.
 *
 * Conservative by design: a building is recognised only when
 * 1. it follows a house number (`号`, `号院`) or a road-level word (`路`, `街`, `道`, `巷`), so
 *    district and town names before the road never become part of it;
 * 2. its name (no digits, spaces, punctuation or road / number words) ends in one of
 *    {@link BUILDING_SUFFIXES}; and
 * 3. what follows it is the end of the address or a unit marker (a floor or room number, `A座`,
 *    `层`, `楼`, `座`, `栋`, `室`, `区`, `期`, …), so `…市中心医院` or `…中心街` are not buildings.
 * Whitespace is removed first (`科技路1号 秦川大厦` reads as `科技路1号秦川大厦`).
 * Addresses that state no building this way yield none (the organization is then "ungrouped"): a
 * missed building is better than a wrong joint-organization proposal. `大夏` is taken as the common
 * misspelling of `大厦` and spelled `大厦`, so both spellings group together.
 *
 * The coverage stage stores each organization's building (coverage_fact.building), so the API
 * groups a million organizations on a column rather than re-reading addresses per request.
 */

/**
 * Name endings that mark a commercial building (大厦, 大楼, 写字楼, 商务楼, 广场, 中心, 国际; 大夏 as a typo of 大厦).
 */
export const BUILDING_SUFFIXES = [
  '大厦',
  '大夏',
  '大楼',
  '写字楼',
  '商务楼',
  '广场',
  '中心',
  '国际',
] as const;

/** Spaces removed before matching. */
const SPACES = ' \t\n\r\u00a0\u3000';

/** Characters that cannot be part of a building name (they end or precede one). */
const NOT_IN_NAME = String.raw`${SPACES}0-9０-９号院路街道巷,，、;；:：()（）#＃/·.。-`;

/** What may follow a building: a number, a letter (A座), or a floor / unit / part word. */
const AFTER_NAME = String.raw`0-9０-９A-Za-zＡ-Ｚａ-ｚ一二三四五六七八九十负地层楼座栋幢单室区期塔主副裙,，、;；()（）#＃-`;

/**
 * The building pattern; capture group 1 is the building name as written.
 */
export const BUILDING_PATTERN =
  `(?:号院?|[路街道巷])([^${NOT_IN_NAME}]+(?:` +
  `${BUILDING_SUFFIXES.join('|')}))(?:$|[${AFTER_NAME}])`;

const BUILDING = new RegExp(BUILDING_PATTERN);

/** The misspelling fixed after extraction, and its fix. */
const SPELLING = { pattern: '大夏$', replacement: '大厦' } as const;

/**
 * The commercial building an address names, e.g. `西安市雁塔区科技路1号秦川大厦12层` → `秦川大厦`;
 * undefined when the address names none by the conservative rules above.
 */
export function buildingOfAddress(address: string | null | undefined): string | undefined {
  if (!address) return undefined;
  const name = BUILDING.exec(address.replace(new RegExp(`[${SPACES}]`, 'g'), ''))?.[1];
  return name?.replace(new RegExp(SPELLING.pattern), SPELLING.replacement);
}
