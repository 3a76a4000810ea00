import { matchingName, stripCountyPrefix } from './matching-name';

describe('matchingName', () => {
  it('drops a leading county after the city, so a county-prefixed name meets the bare one', () => {
    const long = matchingName('西安市雁塔区华盛科技有限公司');
    const bare = matchingName('华盛科技有限公司');
    expect(long).toEqual({ key: '西安市雁塔区华盛科技有限公司', core: '华盛科技', branch: null });
    expect(bare.core).toBe(long.core);
    expect(matchingName('陕西省西安市雁塔区华盛科技有限公司').core).toBe('华盛科技');
  });

  it('drops a county of an individual business or cooperative, keeping the kind', () => {
    expect(matchingName('雁塔区华盛餐饮店').core).toBe('华盛餐饮店');
    expect(matchingName('乾县华盛种植农民专业合作社').core).toBe('华盛种植');
  });

  it('keeps the branch segment and the key of the names core', () => {
    expect(matchingName('西安某某科技有限公司雁塔分公司')).toEqual({
      key: '西安某某科技有限公司雁塔分公司',
      core: '某某科技雁塔分公司',
      branch: '雁塔分公司',
    });
  });

  it('gives empty forms for a missing name', () => {
    expect(matchingName(undefined)).toEqual({ key: '', core: '', branch: null });
  });
});

describe('stripCountyPrefix', () => {
  it('knows 韩城市政 is 韩城 + 市政 and keeps at least two characters', () => {
    expect(stripCountyPrefix('韩城市政工程')).toBe('韩城市政工程');
    expect(stripCountyPrefix('韩城市华盛机械')).toBe('华盛机械');
    expect(stripCountyPrefix('雁塔区华')).toBe('雁塔区华');
    expect(stripCountyPrefix('华盛科技')).toBe('华盛科技');
  });
});
