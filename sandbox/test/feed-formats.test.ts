import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isValidOrgCode, isValidRegNo, isValidUscc, type Enterprise } from '../generator';
import { CIVIL_AFFAIRS_HEADER } from '../generator/feeds/civil-affairs';
import { STATISTICS_HEADER } from '../generator/feeds/statistics';
import { UNION_COLUMNS } from '../generator/feeds/trade-union';
import type { TaxpayerRecord } from '../generator/feeds/tax';
import type { FederationMember } from '../generator/feeds/federation';
import type { MemberDistributionRecord, PartyOrgRecord } from '../generator/feeds/party-org';
import {
  civilLines,
  csvFields,
  feedPath,
  readNdjson,
  readWorkbook,
  type CellValue,
} from './feed-files';
import { makeProvince, type ProvinceFixture } from './province-fixture';

let p: ProvinceFixture;
beforeAll(async () => {
  p = await makeProvince(300, 7);
});
afterAll(() => p.cleanup());

const file = (suffix: string): string => {
  const f = p.summary.files.find((x) => x.endsWith(suffix) || x.includes(suffix));
  if (!f) throw new Error(`no file like ${suffix}`);
  return join(p.dir, f);
};

describe('generated feeds follow SPEC', () => {
  test('market regulation: every SPEC field, ISO +08:00 updated_at within the past year, valid identifiers', () => {
    const rows = readNdjson<Enterprise>(feedPath(p.dir, 'market-regulation', 'enterprises.ndjson'));
    expect(rows.length).toBeGreaterThan(150);
    const now = Date.parse('2026-11-24T10:00:00+08:00');
    for (const e of rows) {
      expect(Object.keys(e)).toEqual([
        'reg_id',
        'uscc',
        'reg_no',
        'name',
        'former_names',
        'ent_type',
        'parent_uscc',
        'legal_rep',
        'reg_capital',
        'est_date',
        'status',
        'address',
        'division_code',
        'industry_code',
        'updated_at',
        'events',
      ]);
      expect(e.updated_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
      expect(now - Date.parse(e.updated_at)).toBeLessThanOrEqual(366 * 86_400_000);
      if (e.uscc) expect(isValidUscc(e.uscc)).toBe(true);
      if (e.reg_no) expect(isValidRegNo(e.reg_no)).toBe(true);
      expect(e.uscc !== null || e.reg_no !== null).toBe(true);
      expect(e.division_code).toMatch(/^61\d{4}$/);
      expect(e.industry_code).toMatch(/^[A-T]\d{4}$/);
    }
    expect(rows.some((e) => e.uscc === null)).toBe(true); // legacy records
    expect(rows.some((e) => e.parent_uscc !== null && e.name.endsWith('分公司'))).toBe(true);
    expect(rows.some((e) => e.events.some((ev) => ev.type === 'ENT_TYPE_CHANGE'))).toBe(true);
    for (const status of ['吊销', '注销']) expect(rows.some((e) => e.status === status)).toBe(true);
  });

  test('civil affairs: two GB18030 CRLF snapshots with the exact header; the older has records the newer lacks', () => {
    const files = p.summary.files.filter((f) => f.includes('social_orgs_')).sort();
    expect(files).toHaveLength(2);
    const [older, newer] = files.map((f) => civilLines(join(p.dir, f)));
    expect(readFileSync(join(p.dir, files[0])).includes(Buffer.from('\r\n'))).toBe(true);
    for (const lines of [older, newer])
      expect(csvFields(lines[0])).toEqual([...CIVIL_AFFAIRS_HEADER]);
    const keys = (lines: string[]): Set<string> =>
      new Set(lines.slice(1).map((l) => csvFields(l)[0]));
    const gone = [...keys(older)].filter((k) => !keys(newer).has(k));
    expect(gone.length).toBeGreaterThan(0);
    for (const line of newer.slice(1)) {
      const f = csvFields(line);
      expect(isValidUscc(f[0])).toBe(true);
      if (f.length === 13 && !line.includes('\uFFFD') && f[6] !== '0000-00-00')
        expect(f[6]).toMatch(/^\d{4}(年\d{1,2}月\d{1,2}日|\/\d{1,2}\/\d{1,2})$/);
    }
    const levels = new Set(older.slice(1).map((l) => csvFields(l)[3]));
    expect([...levels].some((a) => a === '陕西省民政厅')).toBe(true);
  });

  test('statistics: one sheet per city + 杨凌示范区, title row, header row, data from row 3, typed cells', async () => {
    const sheets = await readWorkbook(file('units_2026Q3.xlsx'));
    expect([...sheets.keys()]).toEqual([
      '西安市',
      '铜川市',
      '宝鸡市',
      '咸阳市',
      '渭南市',
      '延安市',
      '汉中市',
      '榆林市',
      '安康市',
      '商洛市',
      '杨凌示范区',
    ]);
    const all: CellValue[][] = [];
    for (const rows of sheets.values()) {
      expect(rows[0][0]).toBe('2026年第3季度基本单位名录');
      expect(rows[1]).toEqual([...STATISTICS_HEADER]);
      all.push(...rows.slice(2));
    }
    expect(all.length).toBe(p.summary.counts['statistics/units_2026Q3.xlsx']);
    expect(all.some((r) => r[12] instanceof Date)).toBe(true);
    expect(all.some((r) => typeof r[7] === 'string')).toBe(true);
    expect(all.some((r) => r[3] === '产业活动单位')).toBe(true);
    for (const r of all) {
      if (r[0]) expect(isValidUscc(String(r[0]))).toBe(true);
      if (r[1]) expect(isValidOrgCode(String(r[1]))).toBe(true);
      expect(String(r[9])).toMatch(/^61\d{10}$/);
    }
    const employees = new Set(all.map((r) => Number(r[7])));
    for (const n of [2, 3, 10, 24, 25, 26, 30]) if (n >= 10) expect(employees.has(n)).toBe(true);
  });

  test('tax: two periods of SPEC §4 taxpayers; NSRSBH a valid USCC or a 15-char legacy id', () => {
    const periods = p.summary.files.filter((f) => f.includes('tax/periods/')).sort();
    expect(periods.map((f) => f.slice(-13))).toEqual(['202609.ndjson', '202610.ndjson']);
    const rows = readNdjson<TaxpayerRecord>(join(p.dir, periods[1]));
    for (const t of rows) {
      expect(Object.keys(t)).toEqual([
        'NSRSBH',
        'NSRMC',
        'NSRZT',
        'NSRLX',
        'XYDJ',
        'DJRQ',
        'SCJYDZ',
        'XZQHDM',
        'HYDM',
        'DKDJRS',
        'ZGSWJG',
      ]);
      if (t.NSRSBH.length === 18) expect(isValidUscc(t.NSRSBH)).toBe(true);
      else expect(isValidOrgCode(t.NSRSBH.slice(6))).toBe(true);
      expect(['正常', '非正常', '注销']).toContain(t.NSRZT);
    }
    expect(rows.some((t) => t.NSRSBH.startsWith('31'))).toBe(true); // law firms
    expect(rows.some((t) => t.NSRSBH.length === 15)).toBe(true);
  });

  test('federation, Party roster and union roster parse; hand-typed USCCs are sometimes wrong', () => {
    const members = readNdjson<FederationMember>(file('members_20261101.ndjson'));
    expect(new Set(members.map((m) => m.member_kind))).toEqual(
      new Set(['企业会员', '团体会员', '个人会员']),
    );
    const orgs = readNdjson<PartyOrgRecord>(feedPath(p.dir, 'party-org', 'party-orgs.ndjson'));
    expect(new Set(orgs.map((o) => o.form))).toEqual(
      new Set(['单独组建', '联合组建', '区域性', '行业性']),
    );
    expect(orgs.filter((o) => o.form === '区域性').every((o) => o.area?.kind && o.area.name)).toBe(
      true,
    );
    expect(orgs.filter((o) => o.form === '行业性').every((o) => o.sponsor?.name)).toBe(true);
    const dist = readNdjson<MemberDistributionRecord>(
      feedPath(p.dir, 'party-org', 'member-distribution.ndjson'),
    );
    const members3 = new Set(dist.map((d) => d.full_members));
    expect(members3.has(2) && members3.has(3)).toBe(true);
    expect(dist.some((d) => d.instructor_assigned)).toBe(true);
    const csv = readFileSync(feedPath(p.dir, 'trade-union', 'unions.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\n').filter(Boolean);
    expect(csvFields(lines[0])).toEqual([...UNION_COLUMNS]);
    const unions = lines
      .slice(1)
      .map(csvFields)
      .filter((f) => f.length === 12);
    expect(new Set(unions.map((u) => u[3]))).toEqual(
      new Set(['单独建会', '联合建会', '区域性', '行业性']),
    );
    for (const u of unions) {
      expect(isValidUscc(u[2])).toBe(true);
      expect(u[9]).toMatch(/^[YN]{6}$/);
    }
    const typed = [
      ...members.map((m) => m.uscc),
      ...orgs.flatMap((o) => o.covered_units.map((c) => c.uscc)),
    ].filter(Boolean);
    expect(typed.some((u) => !isValidUscc(u))).toBe(true);
    expect(typed.filter((u) => isValidUscc(u)).length).toBeGreaterThan(typed.length / 2);
  });
});
