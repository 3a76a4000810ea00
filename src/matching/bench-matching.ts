/**
 * Micro-benchmark of the matching core (not a test): builds ~200k synthetic record
 * profiles, blocks, compares, estimates the model by EM, scores, decides and clusters,
 * then prints throughput and pairwise precision / recall against the synthetic truth.
 *
 *   npm run build && node --expose-gc dist/src/matching/bench-matching.js [records] [seed] [noise]
 *
 * `noise` is `default` (SPEC's default rates) or `heavy` (about three times as dirty).
 */

import {
  buildTermFrequencyTable,
  candidatePairs,
  clusterLinks,
  compareProfiles,
  decideMatch,
  DEFAULT_MODEL,
  estimateModel,
  matchWeight,
} from './index';
import { buildProfile, type MatchProfile } from './match-profile';
import { syntheticProvince, type SyntheticOptions } from './synthetic-province';

// 1 owner + 0.9 tax + 0.7 statistics + 0.25 federation + 0.3 roster
const RECORDS_PER_ORGANIZATION = 3.15;

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function pairsWithin(sizes: Iterable<number>): number {
  let total = 0;
  for (const n of sizes) total += (n * (n - 1)) / 2;
  return total;
}

function countBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Bytes of heap per profile, when run with --expose-gc. */
function heapBytesPerProfile(
  inputs: ReadonlyArray<Parameters<typeof buildProfile>[0]>,
): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: MatchProfile[] = inputs.map((input) => buildProfile(input));
  gc();
  const after = process.memoryUsage().heapUsed;
  return kept.length > 0 ? (after - before) / kept.length : null;
}

function main(): void {
  const target = Number(process.argv[2] ?? 200_000);
  const seed = Number(process.argv[3] ?? 7);
  const heavy = process.argv[4] === 'heavy';
  const noise: Partial<SyntheticOptions> = heavy
    ? {
        nameNoise: 0.4,
        legacy: 0.2,
        legacyWithoutUscc: 0.5,
        lostHandTyped: 0.25,
        divisionNoise: 0.35,
      }
    : {};
  let start = process.hrtime.bigint();
  const { records } = syntheticProvince({
    organizations: Math.round(target / RECORDS_PER_ORGANIZATION),
    seed,
    ...noise,
  });
  console.log(
    `generated ${records.length} records (${heavy ? 'heavy' : 'default'} noise) in ` +
      `${seconds(start).toFixed(1)} s`,
  );

  const inputs = records.map((r) => r.input);
  start = process.hrtime.bigint();
  const profiles = inputs.map((input) => buildProfile(input));
  const profileSeconds = seconds(start);
  const bytes = heapBytesPerProfile(inputs);

  start = process.hrtime.bigint();
  const { pairs, stats } = candidatePairs(profiles);
  const blockSeconds = seconds(start);

  start = process.hrtime.bigint();
  const vectors = pairs.map(([i, j]) => compareProfiles(profiles[i]!, profiles[j]!));
  const compareSeconds = seconds(start);

  start = process.hrtime.bigint();
  const estimated = estimateModel(vectors, DEFAULT_MODEL, { iterations: 100, tolerance: 1e-5 });
  const emSeconds = seconds(start);

  // One count per organization would be ideal; owner records stand in for organizations here.
  const table = buildTermFrequencyTable(
    profiles.filter((p) => p.id.startsWith('market-regulation/')).map((p) => p.nameCore),
  );
  start = process.hrtime.bigint();
  const links: Array<{ a: string; b: string }> = [];
  const decisions = { link: 0, review: 0, 'no-link': 0 };
  vectors.forEach((vector, k) => {
    const decision = decideMatch(matchWeight(vector, estimated.model, table));
    decisions[decision]++;
    if (decision === 'link')
      links.push({ a: profiles[pairs[k]![0]]!.id, b: profiles[pairs[k]![1]]!.id });
  });
  const scoreSeconds = seconds(start);

  start = process.hrtime.bigint();
  const clusters = clusterLinks(
    links,
    undefined,
    profiles.map((p) => p.id),
  );
  const clusterSeconds = seconds(start);

  const truthOf = new Map(records.map((r) => [r.profile.id, r.truth]));
  const truePairs = pairsWithin(countBy(records, (r) => r.truth).values());
  const predictedPairs = pairsWithin(clusters.map((c) => c.members.length));
  let correct = 0;
  for (const cluster of clusters)
    correct += pairsWithin(countBy(cluster.members, (id) => truthOf.get(id)!).values());
  const reachable = pairs.filter(([i, j]) => records[i]!.truth === records[j]!.truth).length;

  const total = profileSeconds + blockSeconds + compareSeconds + scoreSeconds + clusterSeconds;
  console.log(
    `profiles: ${(profiles.length / profileSeconds).toFixed(0)}/s` +
      `${bytes === null ? '' : `, ${bytes.toFixed(0)} heap bytes each`}`,
  );
  console.log(
    `blocking: ${blockSeconds.toFixed(2)} s, ${stats.pairs} candidate pairs ` +
      `(${(stats.pairs / profiles.length).toFixed(1)}/profile), ${stats.blocksCompared} blocks ` +
      `(largest ${stats.largestComparedBlock}), ${stats.blocksSkipped} skipped ` +
      `(${stats.profilesInSkippedBlocks} profiles)`,
  );
  console.log(
    `compare: ${(pairs.length / compareSeconds).toFixed(0)} pairs/s; score+decide: ` +
      `${(pairs.length / scoreSeconds).toFixed(0)} pairs/s`,
  );
  console.log(
    `EM: ${estimated.iterations} iterations, converged ${estimated.converged}, λ = ` +
      `${estimated.model.prior.toFixed(3)}, ${emSeconds.toFixed(2)} s`,
  );
  console.log(`decisions: ${JSON.stringify(decisions)}; cluster ${clusterSeconds.toFixed(2)} s`);
  console.log(
    `end to end (profile → cluster, one core): ${(profiles.length / total).toFixed(0)} profiles/s`,
  );
  console.log(
    `pairwise precision ${(correct / predictedPairs).toFixed(5)}, recall ` +
      `${(correct / truePairs).toFixed(5)} (blocking recall ` +
      `${(reachable / truePairs).toFixed(5)}; ${truePairs} true pairs, ${predictedPairs} ` +
      `predicted)`,
  );
  for (const field of Object.keys(estimated.model.fields) as Array<
    keyof typeof estimated.model.fields
  >) {
    const levels = Object.entries(estimated.model.fields[field]).map(
      ([level, p]) => `${level} ${p.m.toFixed(3)}/${p.u.toFixed(4)}`,
    );
    console.log(`  ${field}: ${levels.join(', ')}`);
  }
}

main();
