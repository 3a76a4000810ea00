import { usccCheckCharacter } from '../identifiers';
import { repairCandidateProfiles, resolveRepairedUscc, type UsccLookup } from './identifier-repair';
import { buildProfile, type MatchProfile } from './match-profile';
import { validUscc } from './test-codes';

const HUASHENG = validUscc('610113', '0A1B2C3D'); // 西安华盛科技有限公司
const QINCHUAN = validUscc('610302', '22052817'); // 陕西秦川机床工具集团股份有限公司

function lookupOf(known: Record<string, string>): UsccLookup {
  const profiles = new Map<string, MatchProfile>(
    Object.entries(known).map(([uscc, name]) => [
      uscc,
      buildProfile({ id: `org:${uscc}`, name, identifiers: [uscc] }),
    ]),
  );
  return (uscc) => profiles.get(uscc);
}

const lookup = lookupOf({
  [HUASHENG]: '西安华盛科技有限公司',
  [QINCHUAN]: '陕西秦川机床工具集团股份有限公司',
});
const swapAt = (code: string, i: number): string =>
  code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
const fullWidth = (code: string): string =>
  [...code].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');

describe('resolveRepairedUscc', () => {
  it('repairs O for 0 when the name agrees', () => {
    const typed = `${HUASHENG.slice(0, 4)}O${HUASHENG.slice(5)}`;
    expect(resolveRepairedUscc(typed, '西安华盛科技有限责任公司', lookup)).toMatchObject({
      uscc: HUASHENG,
      repairs: ['O→0 at 5'],
      nameLevel: 'exact',
    });
  });

  it('folds lowercase, full-width characters and spaces', () => {
    expect(
      resolveRepairedUscc(HUASHENG.toLowerCase(), '西安华盛科技有限公司', lookup),
    ).toMatchObject({ uscc: HUASHENG, repairs: ['lowercase'] });
    expect(resolveRepairedUscc(fullWidth(HUASHENG), '西安华盛科技有限公司', lookup)).toMatchObject({
      uscc: HUASHENG,
      repairs: ['full-width'],
    });
    expect(
      resolveRepairedUscc(
        ` ${HUASHENG.slice(0, 8)} ${HUASHENG.slice(8)}`,
        '华盛科技有限公司',
        lookup,
      ),
    ).toMatchObject({ uscc: HUASHENG, repairs: ['spaces'], nameLevel: 'core-exact' });
  });

  it('undoes a swap of two adjacent characters', () => {
    const typed = swapAt(QINCHUAN, 9);
    expect(
      resolveRepairedUscc(typed, '秦川机床工具集团股份有限公司（陕西）', lookup),
    ).toMatchObject({
      uscc: QINCHUAN,
      repairs: ['swap 10-11'],
      nameLevel: 'core-exact',
    });
  });

  it('recomputes a wrong check character', () => {
    const wrong = QINCHUAN.slice(0, 17) + (QINCHUAN[17] === 'A' ? 'B' : 'A');
    expect(resolveRepairedUscc(wrong, '陕西秦川机床工具集团股份有限公司', lookup)).toMatchObject({
      uscc: QINCHUAN,
      repairs: ['check character'],
    });
  });

  it('refuses an ambiguous code: two known repairs whose names both agree', () => {
    // Swapping chars 3–4 (the division) keeps the organization code valid, so the typed code
    // is one swap from HUASHENG and one check character from ANOTHER.
    const typed = swapAt(HUASHENG, 2);
    const another = typed.slice(0, 17) + usccCheckCharacter(typed.slice(0, 17));
    expect(another).not.toBe(HUASHENG);
    const both = lookupOf({ [HUASHENG]: '西安华盛科技有限公司', [another]: '华盛科技有限公司' });
    expect(
      repairCandidateProfiles(typed, both)
        .map((c) => c.uscc)
        .sort(),
    ).toEqual([HUASHENG, another].sort());
    expect(resolveRepairedUscc(typed, '西安华盛科技有限公司', both)).toBeNull();
    // The name decides when only one candidate agrees with it.
    const oneAgrees = lookupOf({
      [HUASHENG]: '西安华盛科技有限公司',
      [another]: '宝鸡渭河机械有限公司',
    });
    expect(resolveRepairedUscc(typed, '西安华盛科技有限公司', oneAgrees)).toMatchObject({
      uscc: HUASHENG,
      repairs: ['swap 3-4'],
    });
  });

  it('never resolves on the code alone: a disagreeing or merely close name, or a branch, gives null', () => {
    const typed = `${HUASHENG.slice(0, 4)}O${HUASHENG.slice(5)}`;
    expect(resolveRepairedUscc(typed, '宝鸡渭河机械有限公司', lookup)).toBeNull();
    expect(resolveRepairedUscc(typed, '西安华盛信息科技有限公司', lookup)).toBeNull();
    expect(resolveRepairedUscc(typed, '西安华盛科技有限公司雁塔分公司', lookup)).toBeNull();
    expect(resolveRepairedUscc(typed, '', lookup)).toBeNull();
  });

  it('gives null for codes that no known organization is reachable from', () => {
    expect(
      resolveRepairedUscc(validUscc('610113', 'ABCDEFGH'), '西安华盛科技有限公司', lookup),
    ).toBeNull();
    expect(resolveRepairedUscc('9161011', '西安华盛科技有限公司', lookup)).toBeNull();
    expect(resolveRepairedUscc(null, '西安华盛科技有限公司', lookup)).toBeNull();
  });
});
