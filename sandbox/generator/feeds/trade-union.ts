import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Rng } from '../rng';
import { FaultPicker } from '../output/fault-picker';
import type { FaultReason } from '../output/fault-log';
import { LineSink } from '../output/line-sink';
import { handTypedUscc } from '../noise/hand-typed-uscc';
import { variantName } from '../noise/name-variants';
import { coverageFormOf } from '../truth/org-view';
import type { GroupMembership, UnionPlan } from '../truth/coverage-plan';
import { sixHaves } from '../truth/coverage-planner';
import { unionName } from '../truth/coverage-names';
import { completeOrgCode } from '../identifiers/organization-code';
import { makeUscc } from '../identifiers/uscc';
import { modernOrgCodeBody } from '../identifiers/code-space';
import { cstDate, cstDateTime, cstMidnight, DAY_MS } from '../world/dates';
import type { Chunk, FeedShared, FeedWriter } from './feed-context';
import { OpenGroups, type CoveredUnit, type OpenGroup } from './open-groups';

/** Union code counters of regional / industry unions start here, clear of the per-chunk ones. */
const GROUP_CODE_BASE = 90_000_000;

/** SPEC §7 columns of unions.csv. */
export const UNION_COLUMNS = [
  'union_id',
  'union_name',
  'union_uscc',
  'form',
  'covered_units',
  'members',
  'employees_reported',
  'established',
  'status',
  'venue_six_haves',
  'division_code',
  'updated_at',
] as const;

/** Writes `feeds/trade-union/unions.csv` (总工会 roster): UTF-8 with BOM, RFC 4180. */
export class TradeUnionWriter implements FeedWriter {
  private readonly sink: LineSink;
  private readonly picker: FaultPicker;
  private readonly duplicates: FaultPicker;
  private readonly groups: OpenGroups;
  private groupSeq = 0;

  constructor(
    private readonly shared: FeedShared,
    private readonly rng: Rng,
    private readonly salt: number,
  ) {
    this.sink = new LineSink(join(shared.feedsDir, 'trade-union', 'unions.csv'));
    this.sink.write(`\uFEFF${stringify([UNION_COLUMNS as unknown as string[]])}`);
    this.picker = new FaultPicker(rng.fork(1), shared.noise.brokenRecord, [
      'wrong-column-count',
      'invalid-date',
      'negative-number',
    ]);
    this.duplicates = new FaultPicker(rng.fork(2), shared.noise.duplicateRow, ['duplicate-row']);
    const groupRng = rng.fork(3);
    this.groups = new OpenGroups((m: GroupMembership, ordinal: number): OpenGroup => {
      const from = cstMidnight(m.org.estDate);
      const established = cstDate(
        from + groupRng.float() * Math.max(0, shared.nowMs - from - DAY_MS),
      );
      const yearAgo = shared.nowMs - 365 * DAY_MS;
      return {
        id: `GHQ${String(++this.groupSeq).padStart(8, '0')}`,
        key: m.key,
        ordinal,
        area: m.area,
        sponsor: m.sponsor,
        fault: this.picker.next(),
        established,
        capacity: groupRng.int(3, 15),
        covered: [],
        updatedAt: cstDateTime(
          Math.floor(
            Math.max(cstMidnight(established), yearAgo + groupRng.float() * 365 * DAY_MS) / 1000,
          ) * 1000,
        ),
      };
    });
  }

  /** Writes a full (or, at the end, a remaining) regional / industry union. */
  private writeGroup(g: OpenGroup): void {
    const covered = g.covered.map((c) => c.org);
    const total = covered.reduce((sum, o) => sum + o.employees, 0);
    const division = (g.area?.county ?? g.sponsor?.county ?? covered[0].county).code;
    const code = completeOrgCode(
      modernOrgCodeBody('MC', GROUP_CODE_BASE + Number(g.id.slice(3)), this.salt),
    );
    this.writeUnion(
      {
        id: g.id,
        name: unionName(covered, g.area, g.sponsor, g.ordinal),
        uscc: makeUscc('81', division, code.slice(0, 8)),
        form: g.area ? '区域性' : '行业性',
        covered,
        members: Math.max(1, Math.round(total * 0.7)),
        employeesReported: total,
        established: g.established,
        status: '正常',
        venueSixHaves: sixHaves(this.rng, 0.6),
        division,
        updatedAt: g.updatedAt,
      },
      g.fault,
      g.covered,
    );
  }

  private row(u: UnionPlan, fault: FaultReason | null, units?: CoveredUnit[]): string[] {
    const noise = this.shared.noise;
    const covered = (
      units ??
      u.covered.map((o) => ({
        uscc: handTypedUscc(o.uscc, this.rng, noise.handTypedUscc),
        name: variantName(o, this.rng, noise.nameVariant),
      }))
    )
      .map((c) => `${c.uscc}|${c.name}`)
      .join(';');
    const row = [
      u.id,
      u.name,
      u.uscc,
      u.form,
      covered,
      String(u.members),
      String(fault === 'negative-number' ? -u.employeesReported : u.employeesReported),
      fault === 'invalid-date' ? '0000-00-00' : u.established,
      u.status,
      u.venueSixHaves,
      u.division,
      u.updatedAt,
    ];
    if (fault === 'wrong-column-count') row.splice(5, 1); // the members column went missing
    return row;
  }

  /** Writes one union row (and maybe its duplicate); true when the record is valid. */
  private writeUnion(u: UnionPlan, fault: FaultReason | null, units?: CoveredUnit[]): boolean {
    const { truth, faults } = this.shared;
    const line = stringify([this.row(u, fault, units)]);
    this.sink.write(line);
    truth.record('trade-union', 'unions', u.id, null);
    u.covered.forEach((o, i) =>
      truth.ref('trade-union', 'unions', u.id, `covered_units[${i}]`, o.id),
    );
    if (fault) {
      faults.add({
        feed: 'trade-union',
        file: 'unions.csv',
        reason: fault,
        key: u.id,
        line: this.sink.lines,
        org: null,
      });
      return false;
    }
    if (this.duplicates.next()) {
      this.sink.write(line);
      faults.add({
        feed: 'trade-union',
        file: 'unions.csv',
        reason: 'duplicate-row',
        key: u.id,
        line: this.sink.lines,
        org: null,
      });
    }
    return true;
  }

  writeChunk(chunk: Chunk): void {
    for (const u of chunk.plan.unions) {
      const valid = this.writeUnion(u, this.picker.next());
      if (!valid || u.status !== '正常') continue;
      for (const o of u.covered) {
        const view = chunk.views.get(o.index);
        if (!view) continue;
        view.unionForms.add(coverageFormOf(u.form));
        if (u.form === '单独建会') view.unionStandaloneReported = u.employeesReported;
      }
    }
    const noise = this.shared.noise;
    for (const m of chunk.plan.unionGroups) {
      const unit = {
        org: m.org,
        uscc: handTypedUscc(m.org.uscc, this.rng, noise.handTypedUscc),
        name: variantName(m.org, this.rng, noise.nameVariant),
      };
      const { group, full } = this.groups.join(m, unit);
      if (!group.fault)
        chunk.views.get(m.org.index)?.unionForms.add(m.area ? 'REGIONAL' : 'INDUSTRY');
      if (full) this.writeGroup(group);
    }
  }

  flush(): Promise<void> {
    return this.sink.flush();
  }

  async close(): Promise<string[]> {
    for (const g of this.groups.drain()) this.writeGroup(g);
    await this.sink.close();
    return ['feeds/trade-union/unions.csv'];
  }

  counts(): Record<string, number> {
    return { 'trade-union/unions': this.sink.lines - 1 };
  }
}
