import type { CanonicalRecord } from '../canonical/canonical-record';
import { identifierClaims } from '../canonical/identifier-claim';
import { isValidRegistrationNumber } from '../identifiers';
import { buildProfile, mergeProfiles, NONE, profileFromRecord } from './match-profile';
import { validOrganizationCode, validUscc } from './test-codes';

const QINCHUAN_USCC = validUscc('610302', '22052817');

function enterprise(overrides: Partial<CanonicalRecord> = {}): CanonicalRecord {
  return {
    source: 'market-regulation',
    stream: 'enterprises',
    key: 'R610000001',
    entity: 'organization',
    kind: 'ENTERPRISE',
    identifiers: identifierClaims(QINCHUAN_USCC),
    name: '陕西秦川机床工具集团股份有限公司',
    formerNames: ['秦川机床集团有限公司'],
    legalRepresentative: '张 三',
    address: '宝鸡市渭滨区姜谭路２２号',
    divisionCode: '610302',
    industryCode: 'C3421',
    ...overrides,
  };
}

describe('profileFromRecord', () => {
  it('builds the comparable view of a market-regulation enterprise', () => {
    expect(profileFromRecord(enterprise())).toEqual({
      id: 'market-regulation/enterprises/R610000001',
      nameKey: '陕西秦川机床工具集团股份有限公司',
      nameCore: '秦川机床工具集团',
      branch: null,
      formerNameKeys: ['秦川机床集团有限公司'],
      formerNameCores: ['秦川机床集团'],
      divisionCode: '610302',
      legalRepresentative: '张三',
      address: '宝鸡市渭滨区姜谭路22号',
      otherAddresses: [],
      industryCode: 'C3421',
      usccs: [QINCHUAN_USCC],
      organizationCodes: [QINCHUAN_USCC.slice(8, 17)],
      kind: 'ENTERPRISE',
    });
  });

  it('keeps only valid identifiers, and takes the organization code out of a legacy tax id', () => {
    const code = validOrganizationCode('71000123');
    const legacy = profileFromRecord(
      enterprise({
        source: 'tax',
        identifiers: identifierClaims(`610113${code}`, '91610113MA6U2XXXX0'),
      }),
    );
    expect(legacy.usccs).toEqual([]);
    expect(legacy.organizationCodes).toEqual([code]);
    const statistics = profileFromRecord(
      enterprise({ identifiers: identifierClaims(`${code.slice(0, 8)}-${code[8]}`) }),
    );
    expect(statistics.organizationCodes).toEqual([code]);
  });

  it('reads a tax record’s 15-digit NSRSBH as a legacy tax id even when it passes as a registration number', () => {
    // Find an all-digit organization code whose legacy tax id also passes MOD 11,10.
    let taxId = '';
    for (let n = 10_000_000; !taxId; n++) {
      const code = validOrganizationCode(String(n));
      if (/^\d{9}$/.test(code) && isValidRegistrationNumber(`610113${code}`))
        taxId = `610113${code}`;
    }
    const claims = identifierClaims(taxId);
    expect(claims[0]).toMatchObject({ scheme: 'registration-number', valid: true });
    expect(
      profileFromRecord(enterprise({ source: 'tax', identifiers: claims })).organizationCodes,
    ).toEqual([taxId.slice(6)]);
    expect(
      profileFromRecord(enterprise({ source: 'market-regulation', identifiers: claims }))
        .organizationCodes,
    ).toEqual([]);
  });

  it('adds the section letter to a bare statistics industry class and reads a 12-digit division', () => {
    const profile = buildProfile({
      id: 's/1',
      name: '西安华盛科技有限公司',
      industryCode: '6510',
      divisionCode: '610113001001',
    });
    expect(profile.industryCode).toBe('I6510');
    expect(profile.divisionCode).toBe('610113');
  });

  it('shares one frozen empty list and one property order across profiles', () => {
    const a = buildProfile({ id: 'a', name: '华盛科技有限公司' });
    const b = profileFromRecord(enterprise({ formerNames: undefined, identifiers: [] }));
    expect(a.formerNameKeys).toBe(NONE);
    expect(b.usccs).toBe(NONE);
    expect(Object.keys(a)).toEqual(Object.keys(b));
  });

  it('drops a former name equal to the current one', () => {
    expect(
      buildProfile({ id: 'a', name: '华盛科技有限公司', formerNames: ['华盛科技有限责任公司', ''] })
        .formerNameKeys,
    ).toEqual([]);
  });
});

describe('mergeProfiles', () => {
  it('keeps the first name, turns the other names into aliases and unites identifiers', () => {
    const owner = profileFromRecord(enterprise());
    const tax = buildProfile({
      id: 't',
      name: '秦川机床工具集团股份有限公司(陕西)',
      identifiers: [validOrganizationCode('71000123')],
      industryCode: '3421',
    });
    const merged = mergeProfiles('org-1', [owner, tax]);
    expect(merged.id).toBe('org-1');
    expect(merged.nameKey).toBe(owner.nameKey);
    expect(merged.formerNameKeys).toEqual([
      '秦川机床集团有限公司',
      '秦川机床工具集团股份有限公司陕西',
    ]);
    expect(merged.formerNameCores).toEqual(['秦川机床集团', '秦川机床工具集团']);
    expect(merged.organizationCodes).toEqual(
      [validOrganizationCode('71000123'), owner.organizationCodes[0]].sort(),
    );
    expect(merged.legalRepresentative).toBe('张三');
    expect(() => mergeProfiles('x', [])).toThrow(RangeError);
  });

  it('keeps the first address and every other address its records state', () => {
    const a = buildProfile({ id: 'a', name: '甲公司', address: '南大街 196号' });
    const b = buildProfile({ id: 'b', name: '甲公司', address: '唐延路839号' });
    const c = buildProfile({ id: 'c', name: '甲公司', address: '南大街196号' });
    const merged = mergeProfiles('org', [a, b, c]);
    expect({ address: merged.address, others: merged.otherAddresses }).toEqual({
      address: '南大街196号',
      others: ['唐延路839号'],
    });
  });
});
