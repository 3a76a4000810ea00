import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRejection, type MappedRecord } from '../../src/landing/batch';
import { memberKind } from './mapping';
import { memberOutcome } from './ndjson-reader';

const lines = readFileSync(join(__dirname, 'fixtures', 'members_20261101.ndjson'), 'utf8')
  .split('\n')
  .filter(Boolean);
const expected = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'expected-records.json'), 'utf8'),
) as {
  records: unknown[];
  rejections: Array<{ position: string; reason: string; recordKey?: string }>;
};
const SNAPSHOT = '2026-10-31T16:00:00.000Z';

describe('federation mapping', () => {
  const outcomes = lines.map((line, i) => memberOutcome(line, String(i + 1), SNAPSHOT));
  const records = outcomes.filter((o): o is MappedRecord => o !== null && !isRejection(o));

  it('maps the good members to the expected canonical records', () => {
    expect(records.map((r) => r.canonical)).toEqual(expected.records);
  });

  it('rejects the bad lines with the expected reasons, lines and keys', () => {
    const rejections = outcomes.filter((o) => o !== null && isRejection(o));
    expect(
      rejections.map((r) => ({
        position: r!.position,
        reason: (r as { reason: string }).reason,
        recordKey: (r as { recordKey?: string }).recordKey,
      })),
    ).toEqual(expected.rejections.map((r) => ({ recordKey: undefined, ...r })));
  });

  it('skips individual members (个人会员): neither landed nor quarantined', () => {
    expect(outcomes[6]).toBeNull();
    expect(outcomes.filter((o) => o === null)).toHaveLength(1);
  });

  it('keeps a dirty self-reported USCC as a claim, valid after folding or not, never dropping it', () => {
    const byKey = new Map(records.map((r) => [r.key, r.canonical]));
    expect(byKey.get('M000002')?.identifiers).toEqual([
      {
        scheme: 'uscc',
        raw: ' ９１６１０１０３ma6u00021k ',
        normalized: '91610103MA6U00021K',
        valid: true,
      },
    ]);
    expect(byKey.get('M000003')?.identifiers[0].valid).toBe(false);
    expect(byKey.get('M000001')?.chambers?.[1]).toEqual({
      name: '西安市软件行业协会',
      role: '会员',
      identifier: expect.objectContaining({ raw: '51610100MJ0000114O', valid: false }),
    });
  });

  it('uses updated as observedAt, else the snapshot date', () => {
    const byKey = new Map(records.map((r) => [r.key, r.canonical]));
    expect(byKey.get('M000001')?.observedAt).toBe('2026-09-30T16:00:00.000Z');
    expect(byKey.get('M000008')?.observedAt).toBe(SNAPSHOT);
  });

  it('tells chambers (团体会员) by their USCC category and firms by their name', () => {
    const claim = (normalized: string) => ({
      scheme: 'uscc' as const,
      raw: normalized,
      normalized,
      valid: false,
    });
    expect(memberKind('团体会员', '西安市温州商会', claim('51610100MJ0000114O'))).toBe(
      'SOCIAL_GROUP',
    );
    expect(memberKind('团体会员', '西安市某某联盟', claim('91610100MJ0000114O'))).toBe('OTHER');
    expect(memberKind('团体会员', '西安市某某联盟', undefined)).toBe('OTHER');
    expect(memberKind('企业会员', '陕西某某律师事务所', undefined)).toBe('LAW_FIRM');
    expect(memberKind('企业会员', '某某科技有限公司雁塔分公司', undefined)).toBe('BRANCH');
  });
});
