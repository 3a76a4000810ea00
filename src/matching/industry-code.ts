/**
 * GB/T 4754-2017 industry codes (国民经济行业分类) in the one form the matcher compares:
 * section letter + 4-digit class (`I6510`). Statistics and tax send the bare class
 * (`6510`); the section follows from the class's first two digits (its division), so
 * no reference table is needed here.
 */

// First division (2 digits) of each section A–T; a section runs up to the next one's start.
const SECTION_STARTS: ReadonlyArray<readonly [number, string]> = [
  [1, 'A'],
  [6, 'B'],
  [13, 'C'],
  [44, 'D'],
  [47, 'E'],
  [51, 'F'],
  [53, 'G'],
  [61, 'H'],
  [63, 'I'],
  [66, 'J'],
  [70, 'K'],
  [71, 'L'],
  [73, 'M'],
  [76, 'N'],
  [80, 'O'],
  [83, 'P'],
  [84, 'Q'],
  [86, 'R'],
  [91, 'S'],
  [97, 'T'],
];

/**
 * Section letter of a GB/T 4754-2017 division (the first two digits of a class).
 *
 * @param division - 1–97
 * @returns `'A'`–`'T'`, or null outside 01–97
 */
export function industrySectionOf(division: number): string | null {
  if (!Number.isInteger(division) || division < 1 || division > 97) return null;
  let section: string | null = null;
  for (const [start, letter] of SECTION_STARTS) if (division >= start) section = letter;
  return section;
}

/**
 * Normalizes an industry code to letter + 4 digits. A lettered code whose letter
 * disagrees with its division is discarded: one of the two is wrong.
 *
 * @param raw - `I6510`, `6510`, ` i6510 `; anything else gives undefined
 */
export function matchIndustryCode(raw: string | null | undefined): string | undefined {
  if (raw == null) return undefined;
  const match = /^([A-T])?(\d{4})$/.exec(raw.trim().toUpperCase());
  if (!match) return undefined;
  const section = industrySectionOf(Number(match[2]!.slice(0, 2)));
  if (section === null || (match[1] !== undefined && match[1] !== section)) return undefined;
  return `${section}${match[2]}`;
}
