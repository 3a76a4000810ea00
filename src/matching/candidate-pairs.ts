/**
 * Candidate pairs (候选对) of a batch of profiles: every pair that shares a blocking key,
 * each visited exactly once, with oversized blocks sub-blocked or skipped as
 * `MAX_BLOCK_SIZE` documents. Index arrays are flat typed arrays (compressed rows), so
 * a batch of a million profiles does not become millions of small arrays.
 */

import { blockingKeys, cityOf, isIdentityKey, isSubBlockable, MAX_BLOCK_SIZE } from './blocking';
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
  /** Oversized identifier blocks compared as a star from their first member. */
  blocksStarred: number;
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

/** Compressed rows: row r holds `values[start[r] .. start[r + 1])`. */
interface Rows {
  start: Int32Array;
  values: Int32Array;
}

function rowsOf(lists: ReadonlyArray<ArrayLike<number>>): Rows {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, r) => (start[r + 1] = start[r]! + list.length));
  const values = new Int32Array(start[lists.length]!);
  lists.forEach((list, r) => values.set(list, start[r]!));
  return { start, values };
}

/**
 * Assigns each distinct key a block id (in order of first appearance) and lists each
 * block's members in input order.
 */
function indexKeys(profiles: readonly MatchProfile[]): {
  keys: string[];
  keyIds: Rows;
  members: Rows;
} {
  const idOf = new Map<string, number>();
  const keys: string[] = [];
  const sizes: number[] = [];
  const keyIdLists: number[][] = [];
  for (const profile of profiles) {
    const ids: number[] = [];
    for (const key of blockingKeys(profile)) {
      let id = idOf.get(key);
      if (id === undefined) {
        id = keys.length;
        idOf.set(key, id);
        keys.push(key);
        sizes.push(0);
      }
      sizes[id]!++;
      ids.push(id);
    }
    keyIdLists.push(ids);
  }
  const keyIds = rowsOf(keyIdLists);
  const start = new Int32Array(keys.length + 1);
  sizes.forEach((size, b) => (start[b + 1] = start[b]! + size));
  const values = new Int32Array(start[keys.length]!);
  const cursor = start.slice(0, keys.length);
  for (let i = 0; i < profiles.length; i++) {
    for (let k = keyIds.start[i]!; k < keyIds.start[i + 1]!; k++)
      values[cursor[keyIds.values[k]!]!++] = i;
  }
  return { keys, keyIds, members: { start, values } };
}

/** Smallest block id both sorted rows contain, or -1. */
function firstShared(rows: Rows, i: number, j: number): number {
  let x = rows.start[i]!;
  let y = rows.start[j]!;
  const xEnd = rows.start[i + 1]!;
  const yEnd = rows.start[j + 1]!;
  while (x < xEnd && y < yEnd) {
    const a = rows.values[x]!;
    const b = rows.values[y]!;
    if (a === b) return a;
    if (a < b) x++;
    else y++;
  }
  return -1;
}

/**
 * Visits every candidate pair `(i, j)`, `i < j` as indexes into `profiles`, exactly once:
 * in the first compared block the two share. Deterministic: blocks are taken in order of
 * first appearance (sub-blocks after all keys, stars last), members in input order. An
 * oversized organization-code block is visited as a star (first member with each other),
 * so its other pairs are not visited unless another block holds them.
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
    profiles: profiles.length,
    blocksCompared: 0,
    blocksSkipped: 0,
    profilesInSkippedBlocks: 0,
    blocksStarred: 0,
    largestComparedBlock: 0,
    pairs: 0,
  };
  const { keys, keyIds, members } = indexKeys(profiles);
  const compared = new Uint8Array(keys.length);
  // Sub-blocks of oversized keys (rare): their members, and each member's sub-block ids.
  const subBlocks: number[][] = [];
  const subBlocksOf = new Map<number, number[]>();
  const skip = (size: number): void => {
    stats.blocksSkipped++;
    stats.profilesInSkippedBlocks += size;
  };
  const split = (key: string, list: number[], level: number): void => {
    if (list.length < 2) return;
    if (list.length <= max) {
      const id = keys.length + subBlocks.length;
      subBlocks.push(list);
      for (const i of list) subBlocksOf.set(i, [...(subBlocksOf.get(i) ?? []), id]);
      return;
    }
    const discriminate = DISCRIMINATORS[level];
    if (discriminate === undefined) return skip(list.length);
    const groups = new Map<string, number[]>();
    for (const i of list) {
      const d = discriminate(profiles[i]!);
      groups.set(d, [...(groups.get(d) ?? []), i]);
    }
    for (const [d, group] of groups) split(`${key}|${d}`, group, level + 1);
  };
  const stars: number[][] = [];
  for (let b = 0; b < keys.length; b++) {
    const size = members.start[b + 1]! - members.start[b]!;
    if (size < 2) continue;
    const list = (): number[] =>
      Array.from(members.values.subarray(members.start[b]!, members.start[b + 1]!));
    if (size <= max) compared[b] = 1;
    else if (isIdentityKey(keys[b]!)) stars.push(list());
    else if (isSubBlockable(keys[b]!)) split(keys[b]!, list(), 0);
    else skip(size);
  }
  // Stars come last, so a pair that shares any other block is compared there in full.
  const starBase = keys.length + subBlocks.length;
  const starsOf = new Map<number, number>();
  stars.forEach((list, s) => list.forEach((i) => starsOf.set(i, starBase + s)));

  // Each profile's compared blocks, ascending.
  const blocksOf = rowsOf(
    profiles.map((_, i) => {
      const ids: number[] = [];
      for (let k = keyIds.start[i]!; k < keyIds.start[i + 1]!; k++)
        if (compared[keyIds.values[k]!]) ids.push(keyIds.values[k]!);
      ids.push(...(subBlocksOf.get(i) ?? []));
      const star = starsOf.get(i);
      if (star !== undefined) ids.push(star);
      return ids.sort((a, b) => a - b);
    }),
  );

  const visitBlock = (b: number, list: ArrayLike<number>): void => {
    stats.blocksCompared++;
    stats.largestComparedBlock = Math.max(stats.largestComparedBlock, list.length);
    for (let x = 0; x < list.length; x++) {
      const i = list[x]!;
      for (let y = x + 1; y < list.length; y++) {
        const j = list[y]!;
        // Visit the pair only in the first block the two share, so it is compared once.
        if (firstShared(blocksOf, i, j) !== b) continue;
        stats.pairs++;
        visit(i, j);
      }
    }
  };
  for (let b = 0; b < keys.length; b++)
    if (compared[b])
      visitBlock(b, members.values.subarray(members.start[b]!, members.start[b + 1]!));
  subBlocks.forEach((list, s) => visitBlock(keys.length + s, list));
  stars.forEach((list, s) => {
    stats.blocksStarred++;
    // Sharing a valid organization code is identity: linking each member to the first
    // connects the cluster in n − 1 comparisons instead of n(n − 1)/2.
    for (let y = 1; y < list.length; y++) {
      if (firstShared(blocksOf, list[0]!, list[y]!) !== starBase + s) continue;
      stats.pairs++;
      visit(list[0]!, list[y]!);
    }
  });
  return stats;
}

/**
 * All candidate pairs of a batch as `[i, j]` index pairs (convenient for tests and
 * small batches; use {@link forEachCandidatePair} for large ones).
 */
export function candidatePairs(
  profiles: readonly MatchProfile[],
  options: CandidatePairOptions = {},
): { pairs: Array<[number, number]>; stats: BlockingStats } {
  const pairs: Array<[number, number]> = [];
  const stats = forEachCandidatePair(profiles, (i, j) => pairs.push([i, j]), options);
  return { pairs, stats };
}
