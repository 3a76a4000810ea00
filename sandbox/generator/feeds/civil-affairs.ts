import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import type { Rng } from '../rng';
import { FaultPicker } from '../output/fault-picker';
import type { FaultReason } from '../output/fault-log';
import { LineSink } from '../output/line-sink';
import { endOfPreviousMonth, dateParts } from '../world/dates';
import type { TrueOrg } from '../truth/organization';
import { type Chunk, type FeedShared, type FeedWriter } from './feed-context';

/** SPEC §2 header of social_orgs_YYYYMMDD.csv, exactly. */
export const CIVIL_AFFAIRS_HEADER = [
  '统一社会信用代码',
  '社会组织名称',
  '社会组织类型',
  '登记管理机关',
  '业务主管单位',
  '法定代表人',
  '成立登记日期',
  '住所',
  '行政区划代码',
  '业务范围',
  '行业分类',
  '专职工作人员数',
  '登记状态',
] as const;

function encodeLine(fields: string[]): Buffer {
  return iconv.encode(stringify([fields], { record_delimiter: 'windows' }), 'gb18030');
}

/** 成立登记日期 as civil affairs writes it: `YYYY年M月D日` or `YYYY/M/D`. */
function civilDate(date: string, slash: boolean): string {
  const { y, m, d } = dateParts(date);
  return slash ? `${y}/${m}/${d}` : `${y}年${m}月${d}日`;
}

interface Snapshot {
  date: string;
  file: string;
  sink: LineSink;
}

/**
 * Writes the two latest monthly snapshots `feeds/civil-affairs/social_orgs_YYYYMMDD.csv`
 * (民政 social organization registry): GB18030, CRLF, RFC 4180, Chinese header.
 */
export class CivilAffairsWriter implements FeedWriter {
  private readonly snapshots: Snapshot[];
  private readonly picker: FaultPicker;
  private readonly duplicates: FaultPicker;
  private missing = 0;

  constructor(
    private readonly shared: FeedShared,
    private readonly rng: Rng,
  ) {
    this.snapshots = [2, 1].map((back) => {
      const date = endOfPreviousMonth(shared.nowMs, back);
      const file = `social_orgs_${date.replaceAll('-', '')}.csv`;
      const sink = new LineSink(join(shared.feedsDir, 'civil-affairs', file));
      sink.write(encodeLine([...CIVIL_AFFAIRS_HEADER]));
      return { date, file, sink };
    });
    this.picker = new FaultPicker(rng.fork(1), shared.noise.brokenRecord, [
      'wrong-column-count',
      'invalid-encoding',
      'invalid-date',
      'negative-number',
      'absurd-number',
      'unknown-enum',
    ]);
    this.duplicates = new FaultPicker(rng.fork(2), shared.noise.duplicateRow, ['duplicate-row']);
  }

  private fields(
    org: TrueOrg,
    snapshot: string,
    staff: number,
    fault: FaultReason | null,
  ): string[] {
    const s = org.social;
    if (!s) throw new Error(`${org.id} is not a social organization`);
    const gone = org.lifecycleDate !== null && org.lifecycleDate <= snapshot;
    const status = !gone ? '正常' : org.lifecycle === 'revoked' ? '撤销' : '注销';
    const row = [
      org.uscc ?? '',
      org.name,
      fault === 'unknown-enum' ? '民办企业单位' : s.type,
      s.authority,
      s.supervisor,
      org.legalRep,
      fault === 'invalid-date' ? '0000-00-00' : civilDate(org.estDate, org.index % 3 === 0),
      org.address,
      org.county.code,
      s.scope,
      s.category,
      String(fault === 'negative-number' ? -staff : fault === 'absurd-number' ? 9_999_999 : staff),
      status,
    ];
    if (fault === 'wrong-column-count') row.splice(4, 1); // 业务主管单位 dropped, the rest shifted left
    return row;
  }

  writeChunk(chunk: Chunk): void {
    const { truth, faults, noise } = this.shared;
    for (const org of chunk.orgs) {
      if (!org.social) continue;
      const inFirst = org.estDate <= this.snapshots[0].date;
      // A few records vanish from the newer snapshot (the first one early, so small provinces show
      // it too).
      const rate =
        noise.missingFromNewerSnapshot > 0 && this.missing === 0
          ? Math.max(0.2, noise.missingFromNewerSnapshot)
          : noise.missingFromNewerSnapshot;
      const dropped = inFirst && !org.pinned && this.rng.chance(rate);
      if (dropped) this.missing += 1;
      const inSecond = org.estDate <= this.snapshots[1].date && !dropped;
      if (!inFirst && !inSecond) continue;
      const staff =
        org.inStatistics && this.rng.chance(noise.attributeDisagreement)
          ? Math.max(0, org.employees - this.rng.int(1, 5))
          : org.employees;
      // A broken row needs a valid twin in the other snapshot, so the organization stays known.
      const fault = inFirst && inSecond ? this.picker.next(!org.pinned) : null;
      const faultIn = fault ? this.rng.int(0, 1) : -1;
      let valid: { status: string } | null = null;
      [inFirst, inSecond].forEach((present, k) => {
        if (!present) return;
        const snap = this.snapshots[k];
        const f = k === faultIn ? fault : null;
        const fields = this.fields(org, snap.date, staff, f);
        let line = encodeLine(fields);
        if (f === 'invalid-encoding') line = withInvalidByte(fields, line);
        snap.sink.write(line);
        if (f)
          faults.add({
            feed: 'civil-affairs',
            file: snap.file,
            reason: f,
            key: org.uscc,
            line: snap.sink.lines,
            org: org.id,
          });
        else valid = { status: fields[12] };
        if (!f && this.duplicates.next()) {
          snap.sink.write(line);
          faults.add({
            feed: 'civil-affairs',
            file: snap.file,
            reason: 'duplicate-row',
            key: org.uscc,
            line: snap.sink.lines,
            org: org.id,
          });
        }
      });
      truth.record('civil-affairs', 'social-orgs', org.uscc ?? '', org.id);
      const view = chunk.views.get(org.index);
      const latest = valid as { status: string } | null;
      if (view && latest && org.social) {
        view.civil = {
          status: latest.status,
          division: org.county.code,
          type: org.social.type,
          authority: org.social.authority,
          category: org.social.category,
          staff,
        };
      }
    }
  }

  flush(): Promise<void> {
    return Promise.all(this.snapshots.map((s) => s.sink.flush())).then(() => undefined);
  }

  async close(): Promise<string[]> {
    await Promise.all(this.snapshots.map((s) => s.sink.close()));
    return this.snapshots.map((s) => `feeds/civil-affairs/${s.file}`);
  }

  counts(): Record<string, number> {
    return Object.fromEntries(
      this.snapshots.map((s) => [`civil-affairs/${s.file}`, s.sink.lines - 1]),
    );
  }
}

/** Splices a 0xFF byte (never valid in GB18030) into the 住所 field of an encoded row. */
function withInvalidByte(fields: string[], line: Buffer): Buffer {
  const address = fields[7];
  const text = iconv.decode(line, 'gb18030');
  const at = text.indexOf(address) + Math.max(1, Math.floor(address.length / 2));
  const head = iconv.encode(text.slice(0, at), 'gb18030');
  return Buffer.concat([head, Buffer.from([0xff]), line.subarray(head.length)]);
}
