/**
 * Candidate pairs (候选对) of a batch of profiles: every pair that shares a blocking key,
 * each visited exactly once, with oversized blocks sub-blocked or skipped as
 * `MAX_BLOCK_SIZE` documents.
 */

import { blockingKeys, cityOf, isSubBlockable, MAX_BLOCK_SIZE } from './blocking';
import { compareIds } from './cluster';
import type { MatchProfile } from './match-profile';

/** What blocking did with a batch. */
export interface BlockingStats {
  profiles: number;
  /** Blocks with at least two members that were compared. */
  blocksCompared: number;
  /** Blocks (or sub-blocks) over the size limit that were not compared. */
  blocksSkipped: number;
  /** Sum of the sizes of skipped blocks. */
  profilesInSkippedBlocks: number;
  largestComparedBlock: number;
  /** Distinct pairs visited. */
  pairs: number;
}

/** Options of {@link forEachCandidatePair}. */
export interface CandidatePairOptions {
  /** Defaults to `MAX_BLOCK_SIZE`. */
  maxBlockSize?: number;
}

type Discriminator = (profile: MatchProfile) => string;

// Sub-blocking levels for keys without geography: city, then county.
const DISCRIMINATORS: readonly Discriminator[] = [
  (p) => cityOf(p.divisionCode) ?? '-',
  (p) => p.divisionCode ?? '-',
];

/** Smallest block id both sorted lists contain, or -1. */
function firstShared(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return a[i]!;
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return -1;
}

/**
 * Visits every candidate pair `(i, j)`, `i < j` as indexes into `profiles`, exactly once:
 * in the first compared block (in key order) the two share. Deterministic: blocks are
 * taken in key order and members in input order.
 *
 * @param profiles - the batch
 * @param visit - called once per pair
 * @param options - block size limit
 */
export function forEachCandidatePair(
  profiles: readonly MatchProfile[],
  visit: (i: number, j: number) => void,
  options: CandidatePairOptions = {},
): BlockingStats {
  const max = options.maxBlockSize ?? MAX_BLOCK_SIZE;
  const stats: BlockingStats = {
    profiles: profiles.length, blocksCompared: 0, blocksSkipped: 0, profilesInSkippedBlocks: 0, largestComparedBlock: 0, pairs: 0,
  };
  const members = new Map<string, number[]>();
  profiles.forEach((profile, i) => {
    for (const key of blockingKeys(profile)) {
      const list = members.get(key);
      if (list) list.push(i);
      else members.set(key, [i]);
    }
  });

  const compared: Array<[string, number[]]> = [];
  const skip = (list: readonly number[]): void => {
    stats.blocksSkipped++;
    stats.profilesInSkippedBlocks += list.length;
  };
  const place = (key: string, list: number[], level: number): void => {
    if (list.length < 2) return;
    if (list.length <= max) {
      compared.push([key, list]);
      return;
    }
    const discriminate = DISCRIMINATORS[level];
    if (!isSubBlockable(key) || discriminate === undefined) {
      skip(list);
      return;
    }
    const groups = new Map<string, number[]>();
    for (const i of list) {
      const d = discriminate(profiles[i]!);
      const group = groups.get(d);
      if (group) group.push(i);
      else groups.set(d, [i]);
    }
    for (const [d, group] of groups) place(`${key}|${d}`, group, level + 1);
  };
  for (const [key, list] of members) place(key, list, 0);
  members.clear();
  compared.sort((x, y) => compareIds(x[0], y[0]));

  // Each profile's compared blocks, ascending by block id (blocks are filled in id order).
  const blocksOf: number[][] = profiles.map(() => []);
  compared.forEach(([, list], b) => {
    for (const i of list) blocksOf[i]!.push(b);
  });

  compared.forEach(([, list], b) => {
    stats.blocksCompared++;
    stats.largestComparedBlock = Math.max(stats.largestComparedBlock, list.length);
    for (let x = 0; x < list.length; x++) {
      const i = list[x]!;
      for (let y = x + 1; y < list.length; y++) {
        const j = list[y]!;
        // Visit the pair only in the first block the two share, so it is compared once.
        if (firstShared(blocksOf[i]!, blocksOf[j]!) !== b) continue;
        stats.pairs++;
        visit(i, j);
      }
    }
  });
  return stats;
}

/**
 * All candidate pairs of a batch as `[i, j]` index pairs (convenient for tests and
 * small batches; use {@link forEachCandidatePair} for large ones).
 */
export function candidatePairs(profiles: readonly MatchProfile[], options: CandidatePairOptions = {}): { pairs: Array<[number, number]>; stats: BlockingStats } {
  const pairs: Array<[number, number]> = [];
  const stats = forEachCandidatePair(profiles, (i, j) => pairs.push([i, j]), options);
  return { pairs, stats };
}
