/**
 * The match profile: the compact comparable view of one record or one organization.
 * The resolver holds about a million of these, so a profile keeps only what the
 * comparison reads, every profile has the same property order (one hidden class),
 * and empty lists share one frozen array.
 */

import type { CanonicalRecord } from '../canonical/canonical-record';
import { classifyIdentifier, parseLegacyTaxId } from '../identifiers';
import { matchIndustryCode } from './industry-code';
import { matchingName } from './matching-name';

/** The compact comparable view of one record or one organization. */
export interface MatchProfile {
  /** Record id (`source/stream/key`) or organization id. */
  id: string;
  /** Matching key of the name (see `matchingName`); `''` when the record has no name. */
  nameKey: string;
  /** Name core without region, legal form or leading county; keeps firm kind and branch. */
  nameCore: string;
  /** Branch segment (分支机构), e.g. `雁塔分公司`; a branch is an organization of its own. */
  branch: string | null;
  /** Keys of former names (曾用名) and, for an organization, of the other names its records use. */
  formerNameKeys: readonly string[];
  /** Cores of the same names, index-aligned with `formerNameKeys`. */
  formerNameCores: readonly string[];
  /** GB/T 2260 county-level division code, 6 digits. */
  divisionCode?: string;
  /** Legal representative (法定代表人), NFKC, no spaces. */
  legalRepresentative?: string;
  /** Address, NFKC, no spaces. */
  address?: string;
  /**
   * For an organization, the other addresses its records state (moved, or written otherwise by
   * another department), so a record agrees with the organization when it agrees with any of its
   * records, whichever record's value won the golden address.
   */
  otherAddresses: readonly string[];
  /** GB/T 4754-2017 class with its section letter, e.g. `I6510`. */
  industryCode?: string;
  /** Valid USCCs (统一社会信用代码), sorted. */
  usccs: readonly string[];
  /** Valid organization codes (组织机构代码), incl. chars 9–17 of each valid USCC, sorted. */
  organizationCodes: readonly string[];
  /** Organization kind as the department states it. */
  kind?: string;
}

/** The one empty list every profile without former names or codes shares. */
export const NONE: readonly string[] = Object.freeze([]);

const SPACES = /\s+/gu;

/** NFKC width folding and removal of all whitespace; undefined when nothing remains. */
export function compactText(raw: string | null | undefined): string | undefined {
  if (raw == null) return undefined;
  const text = raw.normalize('NFKC').replace(SPACES, '');
  return text === '' ? undefined : text;
}

/** A 6-digit division code, also taken from the front of a 9- or 12-digit statistics code. */
function divisionOf(raw: string | null | undefined): string | undefined {
  const text = raw?.trim();
  return text && /^(?:\d{6}|\d{9}|\d{12})$/.test(text) ? text.slice(0, 6) : undefined;
}

/** The distinct compacted values other than `primary`, sorted (the shared empty list if none). */
function otherValues(
  primary: string | undefined,
  values: ReadonlyArray<string | null | undefined>,
): readonly string[] {
  const others = values
    .map(compactText)
    .filter((v): v is string => v !== undefined && v !== primary);
  return sortedUnique(others);
}

function sortedUnique(values: string[]): readonly string[] {
  if (values.length === 0) return NONE;
  return [...new Set(values)].sort();
}

/**
 * Valid USCCs and organization codes among raw identifier values.
 *
 * @param raws - identifier values as written
 * @param taxIds - the values are tax ids (纳税人识别号, NSRSBH): a 15-character one is then
 *   always a legacy tax id (SPEC §4), even when its digits also pass as a registration number
 */
export function identifiersOf(
  raws: Iterable<string | null | undefined>,
  taxIds = false,
): { usccs: readonly string[]; organizationCodes: readonly string[] } {
  const usccs: string[] = [];
  const organizationCodes: string[] = [];
  for (const raw of raws) {
    const classified = classifyIdentifier(raw);
    if (taxIds && classified.normalized.length === 15) {
      const legacy = parseLegacyTaxId(classified.normalized);
      if (legacy?.valid) organizationCodes.push(legacy.organizationCode);
      continue;
    }
    if (!classified.valid) continue;
    if (classified.scheme === 'uscc') usccs.push(classified.normalized);
    // A legacy tax id (division + organization code) carries the code too.
    if (classified.organizationCode) organizationCodes.push(classified.organizationCode);
  }
  return { usccs: sortedUnique(usccs), organizationCodes: sortedUnique(organizationCodes) };
}

/** Raw attributes of a profile, as {@link buildProfile} takes them. */
export interface ProfileInput {
  id: string;
  name?: string | null;
  formerNames?: ReadonlyArray<string | null | undefined>;
  divisionCode?: string | null;
  legalRepresentative?: string | null;
  address?: string | null;
  /** Other addresses the organization's records state (see {@link MatchProfile.otherAddresses}). */
  otherAddresses?: ReadonlyArray<string | null | undefined>;
  industryCode?: string | null;
  identifiers?: ReadonlyArray<string | null | undefined>;
  /** `identifiers` are tax ids (NSRSBH); see {@link identifiersOf}. */
  taxIds?: boolean;
  kind?: string | null;
}

/**
 * Builds a profile from raw attribute values: names through `matchingName`, identifiers
 * through `classifyIdentifier` (invalid codes are dropped: a failing code is evidence,
 * not identity — see `identifier-repair`).
 *
 * @param input - raw values; absent ones stay undefined
 */
export function buildProfile(input: ProfileInput): MatchProfile {
  const name = matchingName(input.name);
  const formerKeys: string[] = [];
  const formerCores: string[] = [];
  for (const former of input.formerNames ?? NONE) {
    const parsed = matchingName(former);
    if (parsed.key === '' || parsed.key === name.key || formerKeys.includes(parsed.key)) continue;
    formerKeys.push(parsed.key);
    formerCores.push(parsed.core);
  }
  const { usccs, organizationCodes } = identifiersOf(input.identifiers ?? NONE, input.taxIds);
  const address = compactText(input.address);
  // Every property is assigned, in this order, so all profiles share one hidden class.
  return {
    id: input.id,
    nameKey: name.key,
    nameCore: name.core,
    branch: name.branch,
    formerNameKeys: formerKeys.length > 0 ? formerKeys : NONE,
    formerNameCores: formerCores.length > 0 ? formerCores : NONE,
    divisionCode: divisionOf(input.divisionCode),
    legalRepresentative: compactText(input.legalRepresentative),
    address,
    otherAddresses: otherValues(address, input.otherAddresses ?? NONE),
    industryCode: matchIndustryCode(input.industryCode),
    usccs,
    organizationCodes,
    kind: input.kind ?? undefined,
  };
}

/**
 * A profile as stored (JSON in `organization_profile`), with the lists that profiles written by an
 * earlier version of the hub lack filled in empty.
 */
export function storedProfile(stored: MatchProfile): MatchProfile {
  return stored.otherAddresses ? stored : { ...stored, otherAddresses: NONE };
}

/**
 * The profile of one canonical record. Identifiers are re-classified from their
 * normalized form, so claims of any scheme contribute their organization code; a tax
 * record's 15-character NSRSBH is read as a legacy tax id even when its digits also pass
 * the registration-number check.
 *
 * @param record - a connector's output
 * @param id - profile id; defaults to `source/stream/key`
 */
export function profileFromRecord(
  record: CanonicalRecord,
  id = `${record.source}/${record.stream}/${record.key}`,
): MatchProfile {
  return buildProfile({
    id,
    name: record.name,
    formerNames: record.formerNames,
    divisionCode: record.divisionCode,
    legalRepresentative: record.legalRepresentative,
    address: record.address,
    industryCode: record.industryCode,
    identifiers: record.identifiers
      .filter((claim) => claim.valid)
      .map((claim) => claim.normalized ?? claim.raw),
    // NSRSBH is a USCC or a legacy tax id, never a registration number (SPEC §4).
    taxIds: record.source === 'tax',
    kind: record.kind,
  });
}

/**
 * The profile of an organization from the profiles of its records: the first profile's
 * name is the primary name, every other distinct name becomes an alias (in
 * `formerNameKeys`), identifiers are united, and each other attribute takes the first
 * profile's value that is present. Order the input by source precedence.
 *
 * @param id - the organization id
 * @param profiles - its records' profiles, most trusted first; at least one
 */
export function mergeProfiles(id: string, profiles: readonly MatchProfile[]): MatchProfile {
  const [first] = profiles;
  if (!first) throw new RangeError('mergeProfiles needs at least one profile');
  const keys: string[] = [];
  const cores: string[] = [];
  const addName = (key: string, core: string): void => {
    if (key === '' || key === first.nameKey || keys.includes(key)) return;
    keys.push(key);
    cores.push(core);
  };
  for (const p of profiles) {
    addName(p.nameKey, p.nameCore);
    p.formerNameKeys.forEach((key, i) => addName(key, p.formerNameCores[i] ?? ''));
  }
  const firstOf = <K extends keyof MatchProfile>(field: K): MatchProfile[K] =>
    profiles.find((p) => p[field] !== undefined)?.[field] as MatchProfile[K];
  return {
    id,
    nameKey: first.nameKey,
    nameCore: first.nameCore,
    branch: first.branch,
    formerNameKeys: keys.length > 0 ? keys : NONE,
    formerNameCores: cores.length > 0 ? cores : NONE,
    divisionCode: firstOf('divisionCode'),
    legalRepresentative: firstOf('legalRepresentative'),
    address: firstOf('address'),
    otherAddresses: otherValues(
      firstOf('address'),
      profiles.flatMap((p) => [p.address, ...p.otherAddresses]),
    ),
    industryCode: firstOf('industryCode'),
    usccs: sortedUnique(profiles.flatMap((p) => p.usccs)),
    organizationCodes: sortedUnique(profiles.flatMap((p) => p.organizationCodes)),
    kind: firstOf('kind'),
  };
}
