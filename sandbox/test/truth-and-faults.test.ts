import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Enterprise, ExpectedFigures } from '../generator';
import { statisticsKey } from '../generator/feeds/statistics';
import type { TaxpayerRecord } from '../generator/feeds/tax';
import type { FederationMember } from '../generator/feeds/federation';
import type { MemberDistributionRecord, PartyOrgRecord } from '../generator/feeds/party-org';
import type { FaultEntry } from '../generator/output/fault-log';
import { civilLines, csvFields, feedPath, readNdjson, readWorkbook } from './feed-files';
import { makeProvince, type ProvinceFixture } from './province-fixture';

interface Truth {
  source: string;
  stream: string;
  key: string;
  org: string | null;
  ref?: string;
}
interface Expected {
  totals: ExpectedFigures;
  byCity: Record<string, ExpectedFigures>;
  bySection: Record<string, ExpectedFigures>;
  gaps: Record<string, string[]>;
}

let p: ProvinceFixture;
let truth: Truth[];
let faults: FaultEntry[];
beforeAll(async () => {
  p = await makeProvince(400, 3);
  truth = readNdjson<Truth>(join(p.dir, 'truth.jsonl'));
  faults = readNdjson<FaultEntry>(join(p.dir, 'faults.jsonl'));
});
afterAll(() => p.cleanup());

const files = (part: string): string[] =>
  p.summary.files.filter((f) => f.includes(part)).map((f) => join(p.dir, f));

/** Every record of every feed as [source, stream, key]. */
async function emittedKeys(): Promise<[string, string, string][]> {
  const out: [string, string, string][] = [];
  for (const e of readNdjson<Enterprise>(
    feedPath(p.dir, 'market-regulation', 'enterprises.ndjson'),
  ))
    out.push(['market-regulation', 'enterprises', e.reg_id]);
  for (const f of files('social_orgs_'))
    for (const l of civilLines(f).slice(1))
      out.push(['civil-affairs', 'social-orgs', csvFields(l)[0]]);
  const sheets = await readWorkbook(files('units_2026Q3')[0]);
  for (const rows of sheets.values()) {
    for (const r of rows.slice(2))
      out.push([
        'statistics',
        'units',
        statisticsKey(String(r[0] ?? ''), String(r[1] ?? ''), String(r[2] ?? ''), String(r[9])),
      ]);
  }
  for (const f of files('tax/periods/'))
    for (const t of readNdjson<TaxpayerRecord>(f)) out.push(['tax', 'taxpayers', t.NSRSBH]);
  for (const m of readNdjson<FederationMember>(files('members_20261101')[0]))
    out.push(['federation', 'members', m.member_id]);
  for (const o of readNdjson<PartyOrgRecord>(feedPath(p.dir, 'party-org', 'party-orgs.ndjson')))
    out.push(['party-org', 'party-orgs', o.org_id]);
  for (const d of readNdjson<MemberDistributionRecord>(
    feedPath(p.dir, 'party-org', 'member-distribution.ndjson'),
  ))
    out.push(['party-org', 'member-distribution', d.uscc || d.unit_name]);
  const unions = readFileSync(feedPath(p.dir, 'trade-union', 'unions.csv'), 'utf8')
    .slice(1)
    .split('\n')
    .filter(Boolean)
    .slice(1);
  for (const l of unions) out.push(['trade-union', 'unions', csvFields(l)[0]]);
  return out;
}

describe('truth.jsonl', () => {
  test('covers every emitted record, each key once per stream, with the same organization', async () => {
    const records = truth.filter((t) => t.ref === undefined);
    const index = new Map(records.map((t) => [`${t.source}|${t.stream}|${t.key}`, t.org]));
    expect(index.size).toBe(records.length);
    const keys = await emittedKeys();
    for (const [source, stream, key] of keys)
      expect(`${source}|${stream}|${key} ${index.has(`${source}|${stream}|${key}`)}`).toBe(
        `${source}|${stream}|${key} true`,
      );
    expect(new Set(keys.map((k) => k.join('|'))).size).toBe(records.length);
  });

  test('roster references point at organizations', () => {
    const refs = truth.filter((t) => t.ref !== undefined);
    expect(refs.some((r) => r.ref?.startsWith('covered_units['))).toBe(true);
    expect(refs.some((r) => r.ref?.startsWith('chambers['))).toBe(true);
    expect(refs.every((r) => /^O\d{7}$/.test(r.org ?? ''))).toBe(true);
  });
});

describe('faults.jsonl', () => {
  test('every line- or row-addressed fault is visible at its position', async () => {
    expect(faults.length).toBeGreaterThan(10);
    const sheets = await readWorkbook(files('units_2026Q3')[0]);
    for (const f of faults) {
      const where = `${f.feed}/${f.file}:${f.line ?? f.row}`;
      if (f.reason === 'truncated-file' || f.reason === 'empty-file') {
        expect(existsSync(feedPath(p.dir, f.feed, f.file))).toBe(true);
        continue;
      }
      if (f.feed === 'statistics') {
        const rows = sheets.get(f.sheet ?? '') ?? [];
        const row = rows[(f.row ?? 0) - 1];
        if (f.reason === 'duplicate-row') expect(row).toEqual(rows[(f.row ?? 0) - 2]);
        else if (f.reason === 'negative-number') expect(Number(row[7])).toBeLessThan(0);
        else if (f.reason === 'absurd-number') expect(Number(row[7])).toBeGreaterThan(1_000_000);
        else expect(row[5]).toBe('7');
        continue;
      }
      const path = feedPath(p.dir, f.feed, f.file);
      const lines =
        f.feed === 'civil-affairs'
          ? civilLines(path)
          : readFileSync(path, 'utf8')
              .replace(/^\uFEFF/, '')
              .split('\n');
      const line = lines[(f.line ?? 0) - 1];
      expect(`${where} ${line !== undefined}`).toBe(`${where} true`);
      if (f.key) expect(line.includes(f.key)).toBe(true);
      const csv = f.feed === 'civil-affairs' || f.feed === 'trade-union';
      if (f.reason === 'duplicate-row') expect(line).toBe(lines[(f.line ?? 0) - 2]);
      if (f.reason === 'invalid-date') expect(line).toMatch(/0000-00-00|"00000000"/);
      if (f.reason === 'invalid-encoding') expect(line).toContain('\uFFFD');
      if (f.reason === 'wrong-column-count')
        expect(csvFields(line).length).not.toBe(f.feed === 'civil-affairs' ? 13 : 12);
      if (f.reason === 'negative-number')
        expect(csv ? line.includes(',-') : /":-\d/.test(line)).toBe(true);
    }
  });

  test('the truncated workbook does not open', async () => {
    await expect(readWorkbook(files('units_2026Q2')[0])).rejects.toBeDefined();
  });
});

describe('expected.json', () => {
  test('figures are consistent and the gap lists match them', () => {
    const e = JSON.parse(readFileSync(join(p.dir, 'expected.json'), 'utf8')) as Expected;
    const t = e.totals;
    expect(t.organizations).toBe(400);
    expect(t.activeInScope + t.inactive + t.outOfScope).toBe(t.organizations);
    for (const rule of [t.P1, t.U1]) {
      expect(rule.gap).toBeLessThanOrEqual(rule.required);
      expect(rule.met + rule.gap).toBe(rule.required);
    }
    expect(t.P1.required).toBeGreaterThan(0);
    expect(t.U1.required).toBeGreaterThan(0);
    expect(t.K1.partyGaps).toBeLessThanOrEqual(t.K1.targets);
    expect(t.K1.unionGaps).toBeLessThanOrEqual(t.K1.targets);
    expect(t.C1.gaps).toBeLessThanOrEqual(t.C1.converted);
    expect(e.gaps.P1).toHaveLength(t.P1.gap);
    expect(e.gaps.U1).toHaveLength(t.U1.gap);
    expect(e.gaps.K1party).toHaveLength(t.K1.partyGaps);
    expect(e.gaps.K1union).toHaveLength(t.K1.unionGaps);
    expect(e.gaps.M1).toHaveLength(t.M1);
    expect(e.gaps.M2).toHaveLength(t.M2);
    expect(e.gaps.C1).toHaveLength(t.C1.gaps);
    expect(e.gaps.employeesUnknown).toHaveLength(t.employeesUnknown);
    const sum = (m: Record<string, ExpectedFigures>, f: (x: ExpectedFigures) => number): number =>
      Object.values(m).reduce((s, x) => s + f(x), 0);
    for (const scope of [e.byCity, e.bySection]) {
      expect(sum(scope, (x) => x.organizations)).toBe(t.organizations);
      expect(sum(scope, (x) => x.P1.gap)).toBe(t.P1.gap);
      expect(sum(scope, (x) => x.U1.gap)).toBe(t.U1.gap);
      expect(sum(scope, (x) => x.K1.targets)).toBe(t.K1.targets);
    }
    expect(Object.keys(e.byCity).every((c) => /^61(0[1-9]|10)00$|^unknown$/.test(c))).toBe(true);
    const orgs = new Set(truth.map((x) => x.org));
    for (const ids of Object.values(e.gaps)) for (const id of ids) expect(orgs.has(id)).toBe(true);
  });
});
