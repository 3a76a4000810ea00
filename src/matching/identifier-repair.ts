/**
 * Evidence from hand-typed USCCs (手工录入的统一社会信用代码): federation members and the
 * units Party and union rosters cover carry codes typed by hand. A repaired code is
 * evidence, never identity on its own: it links only when exactly one repair is a known
 * organization whose name agrees (core-exact or better) with the name typed beside it.
 */

import { foldIdentifierInput, isValidUscc, usccRepairCandidates } from '../identifiers';
import { compareNames } from './comparison';
import { NONE, type MatchProfile } from './match-profile';
import { matchingName } from './matching-name';

/** A known organization reachable from a dirty code, with the edits that reach it. */
export interface RepairCandidateProfile {
  uscc: string;
  /** E.g. `['O→0 at 5']`, `['swap 7-8']`, `['check character']`, `['lowercase', 'full-width']`. */
  repairs: string[];
  profile: MatchProfile;
}

/** The outcome of {@link resolveRepairedUscc}. */
export interface RepairedUscc {
  uscc: string;
  repairs: string[];
  nameLevel: 'exact' | 'core-exact';
  profile: MatchProfile;
}

/** Looks up the profile of the organization known by a valid USCC. */
export type UsccLookup = (uscc: string) => MatchProfile | undefined;

/** The folding steps a raw code needed (these never change a character's identity). */
function foldingSteps(raw: string): string[] {
  const steps: string[] = [];
  if (/[\uFF01-\uFF5E]/u.test(raw)) steps.push('full-width');
  if (/[a-z]/u.test(raw)) steps.push('lowercase');
  if (/[\s\p{Pd}\u200B-\u200D\u2060\uFEFF]/u.test(raw)) steps.push('spaces');
  return steps;
}

/**
 * The known organizations a dirty USCC may stand for: the folded code when folding
 * (case, width, spaces) alone makes it valid, else the `usccRepairCandidates` repairs
 * (O→0 look-alikes, one adjacent swap, or the check character) that a lookup knows.
 *
 * @param raw - the code as typed
 * @param lookup - known valid USCCs → profile
 */
export function repairCandidateProfiles(
  raw: string | null | undefined,
  lookup: UsccLookup,
): RepairCandidateProfile[] {
  const folded = foldIdentifierInput(raw);
  if (folded === null || raw == null) return [];
  const candidates = isValidUscc(folded)
    ? [{ uscc: folded, repairs: foldingSteps(raw) }]
    : usccRepairCandidates(raw).map((c) => ({
        uscc: c.uscc,
        repairs: [...foldingSteps(raw), ...c.repairs],
      }));
  const found: RepairCandidateProfile[] = [];
  for (const candidate of candidates) {
    const profile = lookup(candidate.uscc);
    if (profile) found.push({ ...candidate, profile });
  }
  return found;
}

/**
 * Resolves a hand-typed USCC to a known organization when, and only when, exactly one
 * known repair candidate has a name agreeing with `name` at `core-exact` or better.
 * Several agreeing candidates are ambiguous (null); candidates whose names disagree
 * are ignored. A branch never resolves to its head office (names then disagree).
 *
 * @param raw - the code as typed, e.g. `'91610113MA6U2X1O3K'`
 * @param name - the organization name typed beside it
 * @param lookup - known valid USCCs → profile
 */
export function resolveRepairedUscc(
  raw: string | null | undefined,
  name: string | null | undefined,
  lookup: UsccLookup,
): RepairedUscc | null {
  const typed = matchingName(name);
  if (typed.key === '') return null;
  const probe: MatchProfile = {
    id: '',
    nameKey: typed.key,
    nameCore: typed.core,
    branch: typed.branch,
    formerNameKeys: NONE,
    formerNameCores: NONE,
    divisionCode: undefined,
    legalRepresentative: undefined,
    address: undefined,
    otherAddresses: NONE,
    industryCode: undefined,
    usccs: NONE,
    organizationCodes: NONE,
    kind: undefined,
  };
  let agreeing: RepairedUscc | null = null;
  for (const candidate of repairCandidateProfiles(raw, lookup)) {
    if (candidate.profile.branch !== typed.branch) continue;
    const { level } = compareNames(probe, candidate.profile);
    if (level !== 'exact' && level !== 'core-exact') continue;
    if (agreeing) return null; // two agreeing candidates: the code cannot tell them apart
    agreeing = {
      uscc: candidate.uscc,
      repairs: candidate.repairs,
      nameLevel: level,
      profile: candidate.profile,
    };
  }
  return agreeing;
}
