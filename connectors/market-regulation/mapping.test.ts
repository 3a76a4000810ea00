import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRejection } from '../../src/landing/batch';
import { mapEnterprise } from './mapping';

const page = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'enterprises-page.json'), 'utf8'),
) as { data: unknown[] };
const expected = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'expected-records.json'), 'utf8'),
) as {
  records: unknown[];
  rejections: Array<{ position: string; reason: string }>;
};

describe('market-regulation mapping', () => {
  const mapped = page.data.map((raw, i) => mapEnterprise(raw, String(i)));

  it('maps the good enterprises to the expected canonical records', () => {
    expect(
      mapped.filter((m) => !isRejection(m)).map((m) => (m as { canonical: unknown }).canonical),
    ).toEqual(expected.records);
  });

  it('rejects the bad ones with the expected reasons and positions', () => {
    expect(
      mapped.filter(isRejection).map((r) => ({ position: r.position, reason: r.reason })),
    ).toEqual(expected.rejections);
  });

  it('validates identifiers instead of trusting them', () => {
    const head = mapped[0] as {
      canonical: { identifiers: Array<{ scheme: string; valid: boolean }> };
    };
    expect(head.canonical.identifiers).toEqual([
      expect.objectContaining({ scheme: 'uscc', valid: true }),
    ]);
    const broken = mapEnterprise(
      { ...(page.data[0] as object), uscc: '91350211M00013FA1N' },
      '0',
    ) as {
      canonical: { identifiers: Array<{ valid: boolean }> };
    };
    expect(broken.canonical.identifiers[0].valid).toBe(false);
  });
});
