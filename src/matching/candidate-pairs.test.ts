import { candidatePairs, forEachCandidatePair } from './candidate-pairs';
import { buildProfile, type MatchProfile } from './match-profile';
import { syntheticProvince } from './synthetic-province';
import { validOrganizationCode } from './test-codes';

describe('candidatePairs', () => {
  const { records } = syntheticProvince({ organizations: 1500, seed: 3 });
  const profiles = records.map((r) => r.profile);

  it('visits each pair once, in a deterministic order, and reaches nearly every true pair', () => {
    const { pairs, stats } = candidatePairs(profiles);
    const seen = new Set(pairs.map(([i, j]) => `${i}-${j}`));
    expect(seen.size).toBe(pairs.length);
    expect(pairs.every(([i, j]) => i < j)).toBe(true);
    expect(candidatePairs(profiles).pairs).toEqual(pairs);
    expect(stats.pairs).toBe(pairs.length);

    const byOrg = new Map<string, number[]>();
    records.forEach((r, i) => byOrg.set(r.truth, [...(byOrg.get(r.truth) ?? []), i]));
    let truePairs = 0;
    let reached = 0;
    for (const members of byOrg.values()) {
      for (let x = 0; x < members.length; x++) {
        for (let y = x + 1; y < members.length; y++) {
          truePairs++;
          if (seen.has(`${members[x]}-${members[y]}`)) reached++;
        }
      }
    }
    expect(reached / truePairs).toBeGreaterThan(0.99);
    // Small blocks: a few candidates per profile, not a quadratic blow-up.
    expect(stats.pairs / profiles.length).toBeLessThan(10);
  });

  it('sub-blocks an oversized exact-core block by city and county, and skips what stays too large', () => {
    const chain = (i: number, division: string | undefined): MatchProfile =>
      buildProfile({
        id: `p${i}`,
        name: `${i % 2 ? '陕西' : ''}家乐超市有限公司`,
        divisionCode: division,
      });
    const profiles = [
      ...Array.from({ length: 6 }, (_, i) => chain(i, '610113')),
      ...Array.from({ length: 3 }, (_, i) => chain(10 + i, '610302')),
      ...Array.from({ length: 6 }, (_, i) => chain(20 + i, undefined)),
    ];
    const { pairs, stats } = candidatePairs(profiles, { maxBlockSize: 5 });
    // 雁塔 (6) is over the limit even by county: skipped; 渭滨 (3) is compared; no division (6):
    // skipped.
    expect(pairs).toEqual([
      [6, 7],
      [6, 8],
      [7, 8],
    ]);
    expect(stats).toMatchObject({
      blocksCompared: 1,
      blocksSkipped: 2,
      profilesInSkippedBlocks: 12,
    });
  });

  it('compares an oversized organization-code block as a star from its first member', () => {
    const code = validOrganizationCode('71000123');
    const members = Array.from({ length: 8 }, (_, i) =>
      buildProfile({ id: `m${i}`, name: `会员单位${i}号有限公司`, identifiers: [code] }),
    );
    // Two members also share a name core: that pair is compared in full in its own block.
    members.push(buildProfile({ id: 'm8', name: '会员单位3号有限责任公司', identifiers: [code] }));
    const { pairs, stats } = candidatePairs(members, { maxBlockSize: 5 });
    expect(pairs).toEqual([
      [3, 8],
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
      [0, 5],
      [0, 6],
      [0, 7],
      [0, 8],
    ]);
    expect(stats).toMatchObject({ blocksStarred: 1, blocksSkipped: 0 });
  });

  it('compares a pair sharing several keys only once', () => {
    const a = buildProfile({
      id: 'a',
      name: '陕西秦川机床工具集团股份有限公司',
      divisionCode: '610302',
      legalRepresentative: '张三',
    });
    const b = buildProfile({
      id: 'b',
      name: '秦川机床工具集团股份有限公司(陕西)',
      divisionCode: '610302',
      legalRepresentative: '张三',
    });
    const visits: Array<[number, number]> = [];
    forEachCandidatePair([a, b], (i, j) => visits.push([i, j]));
    expect(visits).toEqual([[0, 1]]);
  });
});
