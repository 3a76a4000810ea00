import { normalizeOrganizationName } from './normalize-name';
import { CLOSE_NAME_SIMILARITY, nameAgreementLevel, nameSimilarity } from './name-similarity';

describe('nameAgreementLevel', () => {
  it('is exact for width, bracket, space and 有限责任公司 variants', () => {
    expect(nameAgreementLevel('西安某某科技有限责任公司', '西安某某科技有限公司')).toBe('exact');
    expect(nameAgreementLevel('某某(西安)科技有限公司', '某某（西安）科技有限公司')).toBe('exact');
    expect(nameAgreementLevel('西安 某某科技 有限公司', '西安某某科技有限公司')).toBe('exact');
    expect(nameAgreementLevel('陝西某某機械有限公司', '陕西某某机械有限公司')).toBe('exact');
  });

  it('is core-exact when only the region placement differs', () => {
    expect(
      nameAgreementLevel('陕西秦川机床工具集团股份有限公司', '秦川机床工具集团股份有限公司(陕西)'),
    ).toBe('core-exact');
    expect(nameAgreementLevel('西安某某科技有限公司', '某某科技有限公司')).toBe('core-exact');
    expect(nameAgreementLevel('某某科技有限公司', '某某科技股份有限公司')).toBe('core-exact');
  });

  it('is close for a small typing difference in a long name', () => {
    expect(nameAgreementLevel('陕西秦川机床工具集团股份有限公司', '秦川机床工具集团有限公司')).toBe(
      'core-exact',
    );
    expect(
      nameAgreementLevel(
        '西安高新区某某电子信息科技有限公司',
        '西安高新区某某电子信息技术有限公司',
      ),
    ).toBe('close');
  });

  it('is different for unrelated names and empty input', () => {
    expect(nameAgreementLevel('西安某某科技有限公司', '宝鸡另一家机械有限公司')).toBe('different');
    expect(nameAgreementLevel('', '西安某某科技有限公司')).toBe('different');
    expect(nameAgreementLevel(null, undefined)).toBe('different');
  });

  it('never matches a branch with its head office or with another branch', () => {
    const head = '西安某某科技有限公司';
    const yanta = '西安某某科技有限公司雁塔分公司';
    expect(nameAgreementLevel(yanta, head)).toBe('different');
    expect(nameAgreementLevel(head, yanta)).toBe('different');
    expect(nameAgreementLevel(yanta, '西安某某科技有限公司碑林分公司')).toBe('different');
    expect(nameAgreementLevel(yanta, '西安某某科技有限责任公司 雁塔分公司')).toBe('exact');
    expect(nameAgreementLevel(yanta, '某某科技有限公司雁塔分公司')).toBe('core-exact');
  });

  it('tells a law firm from an accounting firm of the same name', () => {
    expect(nameAgreementLevel('陕西某某律师事务所', '陕西某某会计师事务所')).toBe('different');
  });

  it('accepts already normalized names', () => {
    const a = normalizeOrganizationName('西安某某科技有限责任公司');
    const b = normalizeOrganizationName('西安某某科技有限公司');
    expect(nameAgreementLevel(a, b)).toBe('exact');
  });
});

describe('nameSimilarity', () => {
  it('is 1 for equal keys and 0.95 for equal cores', () => {
    expect(nameSimilarity('西安某某科技有限责任公司', '西安某某科技有限公司')).toBe(1);
    expect(
      nameSimilarity('陕西秦川机床工具集团股份有限公司', '秦川机床工具集团股份有限公司（陕西）'),
    ).toBeCloseTo(0.95);
  });

  it('stays in [0, 1] and orders near names above far ones', () => {
    const base = '西安高新区某某电子信息科技有限公司';
    const near = nameSimilarity(base, '西安高新区某某电子信息技术有限公司');
    const far = nameSimilarity(base, '宝鸡另一家机械有限公司');
    expect(near).toBeGreaterThan(far);
    expect(near).toBeGreaterThanOrEqual(CLOSE_NAME_SIMILARITY * 0.95);
    expect(far).toBeGreaterThanOrEqual(0);
    expect(near).toBeLessThan(0.95);
  });

  it('is 0 when either name is empty', () => {
    expect(nameSimilarity('', '西安某某科技有限公司')).toBe(0);
    expect(nameSimilarity(' ', ' ')).toBe(0);
  });
});
