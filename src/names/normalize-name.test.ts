import { normalizeOrganizationName } from './normalize-name';

describe('normalizeOrganizationName', () => {
  it('strips a region prefix and a bracketed region suffix to the same core', () => {
    const prefixed = normalizeOrganizationName('陕西秦川机床工具集团股份有限公司');
    const suffixed = normalizeOrganizationName('秦川机床工具集团股份有限公司(陕西)');
    expect(prefixed).toEqual({
      display: '陕西秦川机床工具集团股份有限公司',
      key: '陕西秦川机床工具集团股份有限公司',
      core: '秦川机床工具集团',
      region: '陕西',
      legalForm: '股份有限公司',
      branch: null,
    });
    expect(suffixed.display).toBe('秦川机床工具集团股份有限公司（陕西）');
    expect(suffixed.key).toBe('秦川机床工具集团股份有限公司陕西');
    expect(suffixed.core).toBe(prefixed.core);
    expect(suffixed.region).toBe('陕西');
  });

  it('unifies full-width and half-width brackets', () => {
    const half = normalizeOrganizationName('某某(西安)科技有限公司');
    const full = normalizeOrganizationName('某某（西安）科技有限公司');
    expect(half.display).toBe('某某（西安）科技有限公司');
    expect(half).toEqual(full);
    expect(full.core).toBe('某某科技');
    expect(full.region).toBe('西安');
    expect(normalizeOrganizationName('某某【西安】科技有限公司').display).toBe(
      '某某（西安）科技有限公司',
    );
  });

  it('canonicalises 有限责任公司 to 有限公司 but keeps 股份有限公司 distinct', () => {
    const long = normalizeOrganizationName('西安某某科技有限责任公司');
    const short = normalizeOrganizationName('西安某某科技有限公司');
    expect(long.display).toBe('西安某某科技有限责任公司');
    expect(long.key).toBe(short.key);
    expect(long.legalForm).toBe('有限公司');
    const joint = normalizeOrganizationName('西安某某科技股份有限公司');
    expect(joint.key).not.toBe(short.key);
    expect(joint.legalForm).toBe('股份有限公司');
    expect(joint.core).toBe(short.core);
  });

  it('removes stray spaces between CJK characters and width-folds', () => {
    const spaced = normalizeOrganizationName('  西安 某某　科技 有限公司 ');
    expect(spaced.display).toBe('西安某某科技有限公司');
    expect(spaced.key).toBe('西安某某科技有限公司');
    const latin = normalizeOrganizationName('ＡＢＣ  Technology 西安 有限公司');
    expect(latin.display).toBe('ABC Technology 西安有限公司');
    expect(latin.key).toBe('abctechnology西安有限公司');
  });

  it('simplifies traditional characters in key and core, not in display', () => {
    const traditional = normalizeOrganizationName('陝西某某機械有限責任公司');
    expect(traditional.display).toBe('陝西某某機械有限責任公司');
    expect(traditional.key).toBe('陕西某某机械有限公司');
    expect(traditional.core).toBe('某某机械');
    expect(traditional.region).toBe('陕西');
  });

  it('keeps 乾 (乾县, a Shaanxi county) instead of turning it into 干', () => {
    expect(normalizeOrganizationName('乾县某某有限公司').key).toBe('乾县某某有限公司');
  });

  it('keeps the branch segment in key and core', () => {
    const branch = normalizeOrganizationName('西安某某科技有限公司雁塔分公司');
    expect(branch).toMatchObject({
      key: '西安某某科技有限公司雁塔分公司',
      core: '某某科技雁塔分公司',
      region: '西安',
      legalForm: '有限公司',
      branch: '雁塔分公司',
    });
    // A branch named after a city keeps its city: it is the branch, not a region.
    expect(normalizeOrganizationName('某某保险股份有限公司西安分公司').branch).toBe('西安分公司');
  });

  it('flags a branch marker even without a legal form to split at', () => {
    expect(normalizeOrganizationName('某某超市雁塔分店').branch).toBe('分店');
  });

  it('strips province and city together, and knows 西安市政 is 西安 + 市政', () => {
    expect(normalizeOrganizationName('陕西省西安市某某有限公司')).toMatchObject({
      core: '某某',
      region: '陕西省西安市',
    });
    expect(normalizeOrganizationName('西安市政工程有限公司')).toMatchObject({
      core: '市政工程',
      region: '西安',
    });
    expect(normalizeOrganizationName('杨凌示范区某某种植专业合作社')).toMatchObject({
      core: '某某种植',
      region: '杨凌示范区',
      legalForm: '农民专业合作社',
    });
    expect(normalizeOrganizationName('商洛市某某有限公司').region).toBe('商洛市');
  });

  it('keeps a region that is the whole name', () => {
    expect(normalizeOrganizationName('西安有限公司')).toMatchObject({ core: '西安', region: null });
  });

  it('keeps the kind of professional firms in key and core', () => {
    const law = normalizeOrganizationName('陕西某某律师事务所');
    expect(law).toMatchObject({
      key: '陕西某某律师事务所',
      core: '某某律师事务所',
      legalForm: '律师事务所',
    });
    const audit = normalizeOrganizationName('某某会计师事务所(特殊普通合伙)');
    expect(audit).toMatchObject({
      key: '某某会计师事务所特殊普通合伙',
      core: '某某会计师事务所',
      legalForm: '特殊普通合伙',
    });
    expect(normalizeOrganizationName('某某税务师事务所有限公司').core).toBe('某某税务师事务所');
  });

  it('recognises partnership and sole-proprietorship forms', () => {
    expect(normalizeOrganizationName('西安某某投资中心（有限合伙）')).toMatchObject({
      core: '某某投资中心',
      legalForm: '有限合伙',
    });
    expect(normalizeOrganizationName('某某商贸个人独资企业').legalForm).toBe('个人独资企业');
    expect(normalizeOrganizationName('某某咨询普通合伙企业').legalForm).toBe('普通合伙企业');
  });

  it('treats 集团 as part of the name', () => {
    expect(normalizeOrganizationName('某某集团有限公司')).toMatchObject({
      core: '某某集团',
      legalForm: '有限公司',
    });
  });

  it('returns empty forms for empty input', () => {
    const empty = { display: '', key: '', core: '', region: null, legalForm: null, branch: null };
    expect(normalizeOrganizationName(null)).toEqual(empty);
    expect(normalizeOrganizationName(' （） ')).toMatchObject({ key: '', core: '' });
  });

  it('hands out the forms of a name it has seen again, frozen, so no caller can change them for the next', () => {
    const first = normalizeOrganizationName('陕西秦川機械有限責任公司');
    expect(normalizeOrganizationName('陕西秦川機械有限責任公司')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first).toMatchObject({ key: '陕西秦川机械有限公司', core: '秦川机械' });
  });
});
