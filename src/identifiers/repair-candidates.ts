/**
 * Repair candidates for hand-typed USCCs. A repaired code is evidence, never
 * identity: callers may use a candidate to look for a match, but must not
 * store it as the organization's code.
 */

import { USCC_ALPHABET, isValidUscc, normalizeUsccInput, usccCheckCharacter } from './uscc';

/** One valid USCC reachable from the input, with the edits that lead to it. */
export interface UsccRepairCandidate {
  /** The repaired, valid USCC. */
  uscc: string;
  /** What was changed, 1-based positions, e.g. `'O→0 at 5'`, `'swap 7-8'`, `'check character'`. */
  repairs: string[];
}

// Letters the alphabet forbids, mapped to the digit typists mistake them for.
const CONFUSIONS: Readonly<Record<string, string>> = { O: '0', I: '1', Z: '2', S: '5' };

/** Replaces every forbidden look-alike letter; returns the code and what changed. */
function fixConfusions(code: string): { code: string; repairs: string[] } {
  const repairs: string[] = [];
  let fixed = '';
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    const digit = CONFUSIONS[ch];
    if (digit !== undefined) repairs.push(`${ch}→${digit} at ${i + 1}`);
    fixed += digit ?? ch;
  }
  return { code: fixed, repairs };
}

function isAlphabetOnly(s: string): boolean {
  for (const ch of s) if (!USCC_ALPHABET.includes(ch)) return false;
  return true;
}

/**
 * Lists the distinct valid USCCs reachable from a hand-typed code by:
 * replacing forbidden look-alike letters (O→0, I→1, Z→2, S→5) — always applied
 * when present, since those letters can never be right — optionally followed
 * by one adjacent transposition or by recomputing the check character. Single
 * edits only (no transposition + check character), so the list stays short:
 * at most 17 transpositions and one check recomputation are tried.
 *
 * @param raw - the value as found in a feed; normalized with `normalizeUsccInput`
 * @returns candidates, fewest repairs first; `[]` when the input is already
 *   valid, is not 18 characters, or nothing valid is reachable
 */
export function usccRepairCandidates(raw: string | null | undefined): UsccRepairCandidate[] {
  const normalized = normalizeUsccInput(raw);
  if (normalized === null || normalized.length !== 18 || isValidUscc(normalized)) return [];

  const base = fixConfusions(normalized);
  const found = new Map<string, string[]>();
  const offer = (uscc: string, extra: string[]): void => {
    if (!found.has(uscc) && isValidUscc(uscc)) found.set(uscc, [...base.repairs, ...extra]);
  };

  // Confusions alone come first: the fewest edits.
  if (base.repairs.length > 0) offer(base.code, []);

  const body = base.code.slice(0, 17);
  if (isAlphabetOnly(body)) {
    const check = usccCheckCharacter(body);
    if (check !== base.code[17]) offer(body + check, ['check character']);
  }

  for (let i = 0; i < 17; i++) {
    const a = base.code[i]!;
    const b = base.code[i + 1]!;
    if (a === b) continue;
    const swapped = base.code.slice(0, i) + b + a + base.code.slice(i + 2);
    offer(swapped, [`swap ${i + 1}-${i + 2}`]);
  }

  return [...found]
    .map(([uscc, repairs]) => ({ uscc, repairs }))
    .sort((x, y) => x.repairs.length - y.repairs.length);
}
