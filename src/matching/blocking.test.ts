import { blockingKeys, MAX_BLOCK_SIZE } from './blocking';
import { buildProfile } from './match-profile';
import { NAME_NOISES, nameVariant, SeededRandom, type NameNoise } from './synthetic-names';
import { syntheticProvince } from './synthetic-province';
import { validUscc } from './test-codes';

function sharesKey(a: string[], b: string[]): boolean {
  return a.some((key) => b.includes(key));
}

describe('blockingKeys', () => {
  it('gives the exact core, interleaved halves, legal representative and organization code keys', () => {
    const uscc = validUscc('610113', '22052817');
    const keys = blockingKeys(
      buildProfile({
        id: 'a',
        name: '陕西秦川机床工具集团股份有限公司',
        formerNames: ['秦川机床集团有限公司'],
        divisionCode: '610302',
        legalRepresentative: '张三',
        identifiers: [uscc],
      }),
    );
    expect(keys).toEqual([
      'c:秦川机床工具集团',
      'c:秦川机床集团',
      'i0:8:秦机工集|6103',
      'i1:8:川床具团|6103',
      'l:张三|610302',
      `o:${uscc.slice(8, 17)}`,
    ]);
  });

  it('gives short cores and profiles without division only the name key', () => {
    expect(
      blockingKeys(buildProfile({ id: 'a', name: '西安华盛科技有限公司', divisionCode: '610113' })),
    ).toEqual(['c:华盛科技']);
    expect(
      blockingKeys(buildProfile({ id: 'a', name: '陕西秦川机床工具集团股份有限公司' })),
    ).toEqual(['c:秦川机床工具集团']);
    expect(blockingKeys(buildProfile({ id: 'a' }))).toEqual([]);
  });

  it('keeps the branch out of its head office’s exact-core block', () => {
    const head = blockingKeys(buildProfile({ id: 'h', name: '西安某某科技有限公司' }));
    const branch = blockingKeys(buildProfile({ id: 'b', name: '西安某某科技有限公司雁塔分公司' }));
    expect(sharesKey(head, branch)).toBe(false);
  });

  describe('recall on SPEC name noise (2,000 organizations per noise)', () => {
    const { organizations } = syntheticProvince({ organizations: 2000, seed: 11 });
    const rng = new SeededRandom(5);
    const recall = (
      noise: NameNoise | 'former-name',
      onlyWithinLongCore = false,
    ): { recall: number; changed: number } => {
      let kept = 0;
      let changed = 0;
      for (const org of organizations) {
        const regions = [
          `${org.county.city}${org.county.name}`,
          '陕西省',
          '陕西',
          org.county.city,
          org.county.cityShort,
        ];
        const variant =
          noise === 'former-name' ? org.formerName : nameVariant(org.name, noise, regions, rng);
        if (variant === null || variant === org.name) continue;
        const owner = buildProfile({
          id: 'o',
          name: org.name,
          formerNames: org.formerName ? [org.formerName] : [],
          divisionCode: org.county.code,
        });
        const other = buildProfile({ id: 'v', name: variant, divisionCode: org.county.code });
        // A typo inside the core keeps its length; one in a region prefix or legal form does not.
        if (
          onlyWithinLongCore &&
          (owner.nameCore.length < 5 || other.nameCore.length !== owner.nameCore.length)
        )
          continue;
        changed++;
        if (sharesKey(blockingKeys(owner), blockingKeys(other))) kept++;
      }
      return { recall: kept / changed, changed };
    };

    it.each([
      'brackets',
      'region-prefix',
      'company-suffix',
      'stray-space',
      'traditional',
      'former-name',
    ] as const)('keeps every %s variant in a shared block', (noise) => {
      const result = recall(noise);
      expect(result.changed).toBeGreaterThan(50);
      expect(result.recall).toBe(1);
    });

    it('keeps every one-character typo inside a core of 5+ characters in a shared block', () => {
      const result = recall('typo', true);
      expect(result.changed).toBeGreaterThan(200);
      expect(result.recall).toBe(1);
    });

    it('keeps about half of all one-character typos: 4-character cores and typoed region prefixes are not covered', () => {
      // A typo in a 4-character core cannot reach the `close` level (similarity 0.75), and one in a
      // region prefix (陕森…) leaves the prefix unrecognised; those pairs can only meet on the legal
      // representative or an identifier.
      expect(NAME_NOISES).toContain('typo');
      const result = recall('typo');
      expect(result.recall).toBeGreaterThan(0.5);
      expect(result.recall).toBeLessThan(1);
    });
  });

  it('documents a block size limit', () => {
    expect(MAX_BLOCK_SIZE).toBeGreaterThanOrEqual(50);
  });
});
