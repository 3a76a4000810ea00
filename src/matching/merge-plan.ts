/**
 * Re-resolution's merge plan (重新归并): which organizations become one when a floating
 * organization's records now link elsewhere. Pure: the votes in, the merges out.
 */

import { clusterLinks } from './cluster';

/** A floating organization's record that now links to another organization. */
export interface MergeVote {
  /** The floating organization (no USCC of its own) the record is on. */
  floating: string;
  /** Where the record links once its own organization is left out. */
  target: string;
  weight: number;
  evidence: Record<string, unknown>;
}

/** One merge: `retired` joins `survivor`, for the votes that tied them. */
export interface MergeStep {
  survivor: string;
  retired: string;
  evidence: Record<string, unknown>;
}

/** Ids as numbers (organization ids are bigint serials): the older id is the smaller one. */
export function olderFirst(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Each floating organization follows its strongest vote (ties: the older target), so it joins at
 * most one other organization and no vote bridges two organizations that each have a USCC; the
 * organizations tied together become one, under the oldest id (ids stay stable as far as the truth
 * allows). The result does not depend on the votes' order.
 */
export function planMerges(votes: readonly MergeVote[]): MergeStep[] {
  const strongest = new Map<string, MergeVote>();
  for (const vote of votes) {
    if (vote.floating === vote.target) continue;
    const best = strongest.get(vote.floating);
    if (
      !best ||
      vote.weight > best.weight ||
      (vote.weight === best.weight && olderFirst(vote.target, best.target) < 0)
    ) {
      strongest.set(vote.floating, vote);
    }
  }
  const chosen = [...strongest.values()];
  const clusters = clusterLinks(
    chosen.map((v) => ({ a: v.floating, b: v.target })),
    olderFirst,
  );
  const steps: MergeStep[] = [];
  for (const { representative, members } of clusters) {
    for (const retired of members.slice(1)) {
      const ties = chosen.filter((v) => v.floating === retired || v.target === retired);
      steps.push({
        survivor: representative,
        retired,
        evidence: { votes: ties.map((v) => v.evidence) },
      });
    }
  }
  return steps;
}
