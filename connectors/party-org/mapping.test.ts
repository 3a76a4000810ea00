import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRejection, type MappedRecord, type Rejection } from '../../src/landing/batch';
import { mapMemberDistribution, mapPartyOrg } from './mapping';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8'));

function expectFixture(
  pageFile: string,
  expectedFile: string,
  map: (raw: unknown, position: string) => MappedRecord | Rejection,
) {
  const page = fixture(pageFile) as { items: unknown[] };
  const expected = fixture(expectedFile) as {
    records: unknown[];
    rejections: Array<{ position: string; reason: string }>;
  };
  const mapped = page.items.map((raw, i) => map(raw, String(i)));
  return {
    mapped,
    records: () =>
      expect(
        mapped.filter((m) => !isRejection(m)).map((m) => (m as MappedRecord).canonical),
      ).toEqual(expected.records),
    rejections: () =>
      expect(
        mapped.filter(isRejection).map((r) => ({ position: r.position, reason: r.reason })),
      ).toEqual(expected.rejections),
  };
}

describe('party-org mapping: party organizations', () => {
  const orgs = expectFixture('party-orgs-page1.json', 'expected-party-orgs.json', mapPartyOrg);

  it('maps the good organizations to the expected canonical records', orgs.records);
  it('rejects the bad ones with the expected reasons and positions', orgs.rejections);

  it('keeps hand-typed covered-unit claims, valid or not, and parent_org_id in the payload only', () => {
    const joint = orgs.mapped[1] as MappedRecord;
    expect(joint.canonical.coverage?.coveredUnits.map((u) => u.identifier?.valid ?? null)).toEqual([
      true,
      true,
      false,
      null,
    ]);
    const first = orgs.mapped[0] as MappedRecord;
    expect(first.payload.parent_org_id).toBe('P100');
    expect(JSON.stringify(first.canonical)).not.toContain('P100');
  });
});

describe('party-org mapping: member distribution', () => {
  const members = expectFixture(
    'member-distribution-page1.json',
    'expected-member-distribution.json',
    mapMemberDistribution,
  );

  it('maps the good rows to the expected canonical records', members.records);
  it('rejects the bad ones with the expected reasons and positions', members.rejections);

  it('keys a unit by its normalized USCC when valid, else by name', () => {
    expect(members.mapped.slice(0, 4).map((m) => (m as MappedRecord).key)).toEqual([
      '91610113MA6U2KQ14C',
      '91610103MA6TGX3R17',
      'name:陕西华信会计师事务所有限公司',
      'name:西安市雁塔区老李副食店',
    ]);
  });
});
