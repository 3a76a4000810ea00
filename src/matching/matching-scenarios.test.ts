import type { CanonicalRecord } from '../canonical/canonical-record';
import { identifierClaims } from '../canonical/identifier-claim';
import {
  buildTermFrequencyTable,
  candidatePairs,
  clusterLinks,
  compareProfiles,
  decideMatch,
  DEFAULT_MODEL,
  estimateModel,
  matchWeight,
  profileFromRecord,
  type MatchProfile,
} from './index';
import { syntheticProvince } from './synthetic-province';
import { validUscc } from './test-codes';

function record(
  source: CanonicalRecord['source'],
  key: string,
  fields: Partial<CanonicalRecord>,
): MatchProfile {
  return profileFromRecord({
    source,
    stream: 'main',
    key,
    entity: 'organization',
    identifiers: [],
    ...fields,
  });
}

function decide(a: MatchProfile, b: MatchProfile, cores?: string[]) {
  const result = matchWeight(
    compareProfiles(a, b),
    DEFAULT_MODEL,
    cores && buildTermFrequencyTable(cores),
  );
  return { decision: decideMatch(result), ...result };
}

const QINCHUAN_USCC = validUscc('610302', '22052817');

describe('matching scenarios with the default model', () => {
  it('links 陕西秦川… with 秦川…（陕西） from statistics: same county, address and industry', () => {
    const owner = record('market-regulation', 'R1', {
      name: '陕西秦川机床工具集团股份有限公司',
      identifiers: identifierClaims(QINCHUAN_USCC),
      legalRepresentative: '张三',
      address: '宝鸡市渭滨区姜谭路22号',
      divisionCode: '610302',
      industryCode: 'C3421',
    });
    const statistics = record('statistics', 'S1', {
      name: '秦川机床工具集团股份有限公司(陕西)',
      address: '宝鸡市渭滨区姜谭路22号',
      divisionCode: '610302',
      industryCode: '3421',
    });
    const result = decide(owner, statistics);
    expect(result.fields.map((f) => f.level)).toEqual([
      'core-exact',
      'same-county',
      'missing',
      'close',
      'same-class',
      'missing',
    ]);
    expect(result.decision).toBe('link');
  });

  it('vetoes 西安某某科技有限公司 against its 雁塔分公司, however much else agrees', () => {
    const head = record('market-regulation', 'R2', {
      name: '西安某某科技有限公司',
      divisionCode: '610113',
      legalRepresentative: '王伟',
      industryCode: 'I6510',
    });
    const branch = record('tax', 'T2', {
      name: '西安某某科技有限公司雁塔分公司',
      divisionCode: '610113',
      legalRepresentative: '王伟',
      industryCode: 'I6510',
    });
    expect(decide(head, branch)).toMatchObject({
      decision: 'no-link',
      veto: 'branch',
      probability: 0,
    });
  });

  it('does not auto-link two firms with the same common core in different counties', () => {
    const cores = [
      ...Array.from({ length: 30 }, () => '家乐惠超市'),
      ...Array.from({ length: 970 }, (_, i) => `字号${i}科技`),
    ];
    const yanta = record('market-regulation', 'R3', {
      name: '雁塔区家乐惠超市',
      divisionCode: '610113',
      legalRepresentative: '王伟',
      industryCode: 'F5212',
    });
    const changan = record('market-regulation', 'R4', {
      name: '长安区家乐惠超市',
      divisionCode: '610116',
      legalRepresentative: '李娜',
      industryCode: 'F5212',
    });
    expect(decide(yanta, changan)).toMatchObject({ decision: 'no-link' });
    // Identical names registered in two cities: the name alone would earn a review, its frequency
    // says no.
    const baoji = record('tax', 'T5', {
      name: '家乐惠超市',
      divisionCode: '610302',
      industryCode: '5212',
    });
    const xian = record('tax', 'T6', {
      name: '家乐惠超市',
      divisionCode: '610113',
      industryCode: '5212',
    });
    expect(decide(baoji, xian).decision).not.toBe('link');
    expect(decide(baoji, xian, cores).decision).toBe('no-link');
  });

  it('links a legacy record without USCC on same name, county and legal representative', () => {
    const legacy = record('market-regulation', 'R7', {
      name: '西安市雁塔区华盛科技有限公司',
      identifiers: identifierClaims('610113000012345'),
      divisionCode: '610113',
      legalRepresentative: '赵敏',
    });
    const member = record('federation', 'M7', {
      name: '西安市雁塔区华盛科技有限责任公司',
      identifiers: identifierClaims(''),
      divisionCode: '610113',
      legalRepresentative: '赵敏',
    });
    const result = decide(legacy, member);
    expect(result.fields.map((f) => f.level)).toEqual([
      'exact',
      'same-county',
      'exact',
      'missing',
      'missing',
      'missing',
    ]);
    expect(result.decision).toBe('link');
  });

  it('sends a record with only a similar name to review', () => {
    const owner = record('market-regulation', 'R8', {
      name: '陕西秦川机床工具集团股份有限公司',
      divisionCode: '610302',
      legalRepresentative: '张三',
    });
    const covered = record('party-org', 'P8', { name: '秦川机床工具集囝有限公司' });
    expect(decide(owner, covered)).toMatchObject({ decision: 'review' });
  });
});

describe('matching a synthetic province end to end', () => {
  it('reaches pairwise precision ≥ 0.998 and recall ≥ 0.99 at SPEC default noise', () => {
    const { records } = syntheticProvince({ organizations: 3000, seed: 2026 });
    const profiles = records.map((r) => r.profile);
    const { pairs } = candidatePairs(profiles);
    const vectors = pairs.map(([i, j]) => compareProfiles(profiles[i]!, profiles[j]!));
    const { model, converged } = estimateModel(vectors, DEFAULT_MODEL, {
      iterations: 200,
      tolerance: 1e-6,
    });
    expect(converged).toBe(true);
    const table = buildTermFrequencyTable(
      profiles.filter((p) => p.id.startsWith('market-regulation/')).map((p) => p.nameCore),
    );
    const links = pairs
      .filter((_, k) => decideMatch(matchWeight(vectors[k]!, model, table)) === 'link')
      .map(([i, j]) => ({ a: profiles[i]!.id, b: profiles[j]!.id }));
    const truthOf = new Map(records.map((r) => [r.profile.id, r.truth]));
    const pairCount = (groups: Iterable<number>): number =>
      [...groups].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
    const sizes = (ids: string[]): number[] => [
      ...ids
        .reduce(
          (m, id) => m.set(truthOf.get(id)!, (m.get(truthOf.get(id)!) ?? 0) + 1),
          new Map<string, number>(),
        )
        .values(),
    ];
    const clusters = clusterLinks(
      links,
      undefined,
      profiles.map((p) => p.id),
    );
    const correct = clusters.reduce((sum, c) => sum + pairCount(sizes(c.members)), 0);
    const predicted = pairCount(clusters.map((c) => c.members.length));
    const truth = pairCount(sizes(profiles.map((p) => p.id)));
    expect(correct / predicted).toBeGreaterThanOrEqual(0.998);
    expect(correct / truth).toBeGreaterThanOrEqual(0.99);
  });
});
