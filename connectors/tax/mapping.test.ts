import { readdirSync, readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { join } from 'node:path';
import { isRejection, type MappedRecord } from '../../src/landing/batch';
import { readTaxpayerPage } from './client';
import { mapTaxpayer } from './mapping';
import { periodEnd } from './streams';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const reading = readTaxpayerPage(fixture('taxpayers-202610-page1.xml'), '202610', 1);
const expected = JSON.parse(fixture('expected-records.json')) as {
  records: unknown[];
  rejections: Array<{ position: string; reason: string }>;
};

describe('tax mapping', () => {
  if (!('page' in reading)) throw new Error(reading.problem);
  const mapped = reading.page.taxpayers.map((raw, i) => mapTaxpayer(raw, String(i), '202610'));

  it('reads the export page', () => {
    expect(reading.page).toMatchObject({ period: '202610', page: 1, pages: 2 });
    expect(reading.page.taxpayers).toHaveLength(16);
  });

  it('maps the good taxpayers to the expected canonical records', () => {
    expect(
      mapped.filter((m) => !isRejection(m)).map((m) => (m as { canonical: unknown }).canonical),
    ).toEqual(expected.records);
  });

  it('rejects the bad ones with the expected reasons and positions', () => {
    expect(
      mapped.filter(isRejection).map((r) => ({ position: r.position, reason: r.reason })),
    ).toEqual(expected.rejections);
  });

  it('keeps NSRLX, XYDJ and ZGSWJG in the payload only', () => {
    const first = mapped[0] as MappedRecord;
    expect(first.payload).toMatchObject({
      NSRLX: '小规模纳税人',
      XYDJ: 'B',
      ZGSWJG: '国家税务总局西安市雁塔区税务局',
    });
    expect(JSON.stringify(first.canonical)).not.toContain('小规模纳税人');
  });

  it('names the record key of a rejected taxpayer when it has one', () => {
    expect(mapped.filter(isRejection).find((r) => r.position === '7')?.recordKey).toBe(
      '916101027350998816',
    );
  });

  it('observes a period at its end, midnight China Standard Time', () => {
    expect(periodEnd('202610')).toBe('2026-10-31T16:00:00.000Z');
    expect(periodEnd('202612')).toBe('2026-12-31T16:00:00.000Z');
    expect(periodEnd('202602')).toBe('2026-02-28T16:00:00.000Z');
  });

  it('treats cut or foreign XML as a page problem, not as records', () => {
    const page = fixture('taxpayers-202610-page1.xml');
    expect(readTaxpayerPage(page.slice(0, 400), '202610', 1)).toEqual({
      problem: expect.stringContaining('invalid XML'),
    });
    expect(readTaxpayerPage(page.replace('</TaxpayerExport>', ''), '202610', 1)).toEqual({
      problem: expect.stringContaining('invalid XML'),
    });
    expect(readTaxpayerPage('', '202610', 1)).toEqual({
      problem: expect.stringContaining('invalid XML'),
    });
    expect(readTaxpayerPage('<html><body>Bad gateway</body></html>', '202610', 1)).toEqual({
      problem: expect.stringContaining('no <TaxpayerExport>'),
    });
    expect(readTaxpayerPage(page, '202610', 2)).toEqual({
      problem: expect.stringContaining('page=1'),
    });
  });

  it('reads an empty export page', () => {
    expect(
      readTaxpayerPage('<TaxpayerExport period="202610" page="1" pages="1"/>', '202610', 1),
    ).toEqual({
      page: { period: '202610', page: 1, pages: 1, taxpayers: [] },
    });
  });

  it('reads each taxpayer as the parser before it did, so landed payloads and their hashes stay the same', () => {
    // The reader of earlier releases: its output is what landing stored and hashed.
    const before = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      parseTagValue: false,
      parseAttributeValue: false,
      ignoreDeclaration: true,
      ignorePiTags: true,
      isArray: (_name, jPath) => jPath === 'TaxpayerExport.Taxpayer',
    });
    const pages = readdirSync(join(__dirname, 'fixtures')).filter((f) => f.endsWith('.xml'));
    expect(pages.length).toBeGreaterThan(2);
    for (const name of pages) {
      const text = fixture(name);
      const [, period, page] = /(\d{6})-page(\d+)/.exec(name)!;
      const read = readTaxpayerPage(text, period, Number(page));
      if (!('page' in read)) throw new Error(`${name}: ${read.problem}`);
      expect(read.page.taxpayers).toEqual(before.parse(text).TaxpayerExport.Taxpayer);
    }
    const odd =
      '<TaxpayerExport period="202610" page="1" pages="1"><Taxpayer kind="x"><NSRSBH> 1 ' +
      '</NSRSBH><NSRMC/><HYDM>1</HYDM><HYDM>2</HYDM><SCJYDZ>a &amp; ' +
      'b</SCJYDZ></Taxpayer></TaxpayerExport>';
    const read = readTaxpayerPage(odd, '202610', 1);
    expect('page' in read && read.page.taxpayers).toEqual(
      before.parse(odd).TaxpayerExport.Taxpayer,
    );
  });
});
