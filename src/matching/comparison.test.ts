import { compareProfiles, isIdentity, vetoOf } from './comparison';
import { buildProfile, type ProfileInput } from './match-profile';
import { validOrganizationCode, validUscc } from './test-codes';

const QINCHUAN = validUscc('610302', '22052817');
const OTHER = validUscc('610302', '22052818');

function profile(input: Omit<ProfileInput, 'id'>, id = 'x') {
  return buildProfile({ id, ...input });
}

describe('compareProfiles', () => {
  it('grades names through the names core, former names included', () => {
    const owner = profile({
      name: '陕西秦川机床工具集团股份有限公司',
      formerNames: ['秦川机床集团有限公司'],
    });
    expect(compareProfiles(owner, profile({ name: '陕西秦川机床工具集团股份有限公司' })).name).toBe(
      'exact',
    );
    expect(
      compareProfiles(owner, profile({ name: '秦川机床工具集团股份有限公司（陕西）' })),
    ).toMatchObject({ name: 'core-exact', nameCore: '秦川机床工具集团' });
    expect(compareProfiles(owner, profile({ name: '秦川机床集团有限责任公司' }))).toMatchObject({
      name: 'exact',
      nameCore: '秦川机床集团',
    });
    expect(
      compareProfiles(owner, profile({ name: '陕西秦川机床工具集囝股份有限公司' })),
    ).toMatchObject({ name: 'close', nameCore: null });
    expect(compareProfiles(owner, profile({ name: '宝鸡另一家机械有限公司' })).name).toBe(
      'different',
    );
    expect(compareProfiles(owner, profile({})).name).toBe('missing');
  });

  it('meets a county-prefixed name with the bare one at core-exact', () => {
    expect(
      compareProfiles(
        profile({ name: '西安市雁塔区华盛科技有限公司' }),
        profile({ name: '华盛科技有限公司' }),
      ).name,
    ).toBe('core-exact');
  });

  it('vetoes a branch against its head office, and tells two branches apart', () => {
    const head = profile({ name: '西安某某科技有限公司' });
    const yanta = profile({ name: '西安某某科技有限公司雁塔分公司' });
    expect(compareProfiles(head, yanta)).toMatchObject({ branch: 'different', name: 'different' });
    expect(vetoOf(compareProfiles(head, yanta))).toBe('branch');
    expect(
      vetoOf(compareProfiles(yanta, profile({ name: '西安某某科技有限公司碑林分公司' }))),
    ).toBe('branch');
    expect(
      compareProfiles(yanta, profile({ name: '某某科技有限责任公司雁塔分公司' })),
    ).toMatchObject({ branch: 'equal', name: 'core-exact' });
    expect(compareProfiles(head, head).branch).toBe('none');
  });

  it('grades divisions, legal representatives, addresses and industries', () => {
    const a = profile({
      divisionCode: '610113',
      legalRepresentative: '张三',
      address: '西安市雁塔区科技路48号创业广场B座',
      industryCode: 'I6510',
    });
    expect(
      compareProfiles(
        a,
        profile({
          divisionCode: '610113',
          legalRepresentative: '张 三',
          address: '西安市雁塔区科技路48号创业广场Ｂ座',
          industryCode: '6510',
        }),
      ),
    ).toMatchObject({
      division: 'same-county',
      legalRep: 'exact',
      address: 'close',
      industry: 'same-class',
    });
    expect(
      compareProfiles(
        a,
        profile({
          divisionCode: '610104',
          legalRepresentative: '李四',
          address: '西安市雁塔区科技路18号创业广场B座',
          industryCode: 'I6520',
        }),
      ),
    ).toMatchObject({
      division: 'same-city',
      legalRep: 'different',
      address: 'close',
      industry: 'same-section',
    });
    expect(
      compareProfiles(
        a,
        profile({
          divisionCode: '610302',
          address: '宝鸡市渭滨区姜谭路22号',
          industryCode: 'C3421',
        }),
      ),
    ).toMatchObject({
      division: 'different',
      legalRep: 'missing',
      address: 'different',
      industry: 'different',
    });
    expect(compareProfiles(a, profile({}))).toMatchObject({
      division: 'missing',
      address: 'missing',
      industry: 'missing',
    });
  });

  it('grades identifiers: shared USCC, legacy organization code, conflict (veto) and different codes', () => {
    const modern = profile({ identifiers: [QINCHUAN] });
    expect(
      compareProfiles(modern, profile({ identifiers: [QINCHUAN.toLowerCase()] })).identifier,
    ).toBe('same-uscc');
    const legacy = profile({
      identifiers: [`${QINCHUAN.slice(8, 12)}${QINCHUAN.slice(12, 16)}-${QINCHUAN[16]}`],
    });
    expect(compareProfiles(modern, legacy).identifier).toBe('same-organization-code');
    expect(isIdentity(compareProfiles(modern, legacy))).toBe(true);
    const conflict = compareProfiles(modern, profile({ identifiers: [OTHER] }));
    expect(conflict.identifier).toBe('conflicting-uscc');
    expect(vetoOf(conflict)).toBe('conflicting-uscc');
    expect(
      compareProfiles(modern, profile({ identifiers: [validOrganizationCode('71000123')] }))
        .identifier,
    ).toBe('different-organization-code');
    expect(
      compareProfiles(modern, profile({ identifiers: ['91610302220528170X'] })).identifier,
    ).toBe('missing');
  });

  it('treats two USCCs with one embedded organization code as the same legal entity re-coded', () => {
    const recoded = validUscc('610000', '22052817', '12');
    expect(
      compareProfiles(profile({ identifiers: [QINCHUAN] }), profile({ identifiers: [recoded] }))
        .identifier,
    ).toBe('same-organization-code');
  });

  it("finds an address close when it is close to any address the organization's records state", () => {
    const organization = buildProfile({
      id: 'o',
      name: '榆林品辰川小吃店经营部吴堡分公司',
      address: '陕西省榆林市吴堡县岔上镇唐延路839号',
      otherAddresses: ['陕西省榆林市吴堡县岔上镇南大街196号'],
    });
    const moved = buildProfile({
      id: 'r',
      name: '榆林品辰川小吃店经营部吴堡分公司',
      address: '陕西省榆林市吴堡县岔上镇南大街196号',
    });
    const elsewhere = buildProfile({ id: 'x', name: '甲', address: '西安市雁塔区科技路1号' });
    expect(compareProfiles(moved, organization).address).toBe('close');
    expect(compareProfiles(organization, moved).address).toBe('close');
    expect(compareProfiles(elsewhere, organization).address).toBe('different');
  });

  it('is symmetric in its levels', () => {
    const a = profile({
      name: '陕西秦川机床工具集团股份有限公司',
      divisionCode: '610302',
      identifiers: [QINCHUAN],
    });
    const b = profile({
      name: '秦川机床工具集团有限公司',
      divisionCode: '610303',
      identifiers: [QINCHUAN.slice(8, 17)],
    });
    expect(compareProfiles(a, b)).toEqual(compareProfiles(b, a));
  });
});
