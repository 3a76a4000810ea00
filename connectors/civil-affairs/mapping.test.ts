import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { isRejection, type MappedRecord } from '../../src/landing/batch';
import { mapSocialOrg } from './mapping';
import { SOCIAL_ORG_COLUMNS } from './streams';

// The fixture is the department's CSV in UTF-8 (readable in review); the connector test writes it
// as GB18030.
const lines = parse(readFileSync(join(__dirname, 'fixtures', 'social-orgs.utf8.csv')), {
  relax_column_count: true,
}) as string[][];
const expected = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'expected-records.json'), 'utf8'),
) as {
  records: unknown[];
  rejections: Array<{ position: string; reason: string; recordKey?: string }>;
};
const OBSERVED_AT = '2026-10-31T16:00:00.000Z';
const rowAt = (i: number) => Object.fromEntries(SOCIAL_ORG_COLUMNS.map((c, j) => [c, lines[i][j]]));

describe('civil-affairs mapping', () => {
  const mapped = lines
    .slice(1)
    .map((_, i) => mapSocialOrg(rowAt(i + 1), String(i + 2), OBSERVED_AT));

  it('maps the good rows to the expected canonical records', () => {
    expect(mapped.filter((m) => !isRejection(m)).map((m) => (m as MappedRecord).canonical)).toEqual(
      expected.records,
    );
  });

  it('rejects the bad rows with the expected reasons, lines and keys', () => {
    expect(
      mapped
        .filter(isRejection)
        .map((r) => ({ position: r.position, reason: r.reason, recordKey: r.recordKey })),
    ).toEqual(expected.rejections.map((r) => ({ recordKey: undefined, ...r })));
  });

  it("keeps the row as sent, under the department's own column names, as the landing payload", () => {
    const first = mapped[0] as MappedRecord;
    expect(first.payload).toEqual(rowAt(1));
    expect(first.key).toBe('51610000MJ0000026C');
    expect(first.position).toBe('2');
  });

  it('validates the USCC instead of trusting it: a wrong check character lands as an invalid claim', () => {
    const volunteer = mapped.find(
      (m) => !isRejection(m) && m.key === '51610102MJ0000106X',
    ) as MappedRecord;
    expect(volunteer.canonical.identifiers).toEqual([
      expect.objectContaining({ scheme: 'uscc', valid: false }),
    ]);
  });

  it('reads both date forms, 2012年5月18日 and 2009/9/1', () => {
    const byKey = new Map(
      mapped.filter((m): m is MappedRecord => !isRejection(m)).map((m) => [m.key, m.canonical]),
    );
    expect(byKey.get('51610000MJ0000026C')?.establishedOn).toBe('2012-05-18');
    expect(byKey.get('52610103MJ0000042F')?.establishedOn).toBe('2009-09-01');
  });
});
