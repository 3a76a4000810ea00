import { join } from 'node:path';
import type { Rng } from '../rng';
import { FaultPicker } from '../output/fault-picker';
import { LineSink } from '../output/line-sink';
import { handTypedUscc } from '../noise/hand-typed-uscc';
import { variantName } from '../noise/name-variants';
import { coverageFormOf } from '../truth/org-view';
import type { GroupMembership, PartyOrgPlan } from '../truth/coverage-plan';
import { venue } from '../truth/coverage-planner';
import { partyOrgName } from '../truth/coverage-names';
import { cstDate, cstDateTime, cstMidnight, DAY_MS } from '../world/dates';
import type { Chunk, FeedShared, FeedWriter } from './feed-context';
import { OpenGroups, type OpenGroup } from './open-groups';

/** SPEC §6 Party organization item. */
export interface PartyOrgRecord {
  org_id: string;
  name: string;
  level: string;
  form: string;
  covered_units: { uscc: string; name: string }[];
  established: string;
  status: string;
  division_code: string;
  parent_org_id: string | null;
  venue: {
    place: boolean;
    facilities: boolean;
    signage: boolean;
    flag: boolean;
    books: boolean;
    rules: boolean;
  };
  updated_at: string;
  area?: { kind: string; name: string };
  sponsor?: { uscc: string; name: string };
}

/** SPEC §6 member-distribution item (counts only, no personal data). */
export interface MemberDistributionRecord {
  uscc: string;
  unit_name: string;
  full_members: number;
  probationary_members: number;
  instructor_assigned: boolean;
  as_of: string;
}

/** Writes `feeds/party-org/party-orgs.ndjson` and `member-distribution.ndjson` (组织部门 roster). */
export class PartyOrgWriter implements FeedWriter {
  private readonly orgs: LineSink;
  private readonly distribution: LineSink;
  private readonly picker: FaultPicker;
  private readonly groups: OpenGroups;
  private groupSeq = 0;

  constructor(
    private readonly shared: FeedShared,
    private readonly rng: Rng,
  ) {
    const dir = join(shared.feedsDir, 'party-org');
    this.orgs = new LineSink(join(dir, 'party-orgs.ndjson'));
    this.distribution = new LineSink(join(dir, 'member-distribution.ndjson'));
    this.picker = new FaultPicker(rng.fork(1), shared.noise.brokenRecord, ['invalid-date']);
    const groupRng = rng.fork(3);
    this.groups = new OpenGroups((m: GroupMembership, ordinal: number): OpenGroup => {
      const from = cstMidnight(m.org.estDate);
      const established = cstDate(
        from + groupRng.float() * Math.max(0, shared.nowMs - from - DAY_MS),
      );
      const yearAgo = shared.nowMs - 365 * DAY_MS;
      return {
        id: `DZQ${String(++this.groupSeq).padStart(8, '0')}`,
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

  /** Writes a full (or, at the end, a remaining) regional / industry Party organization. */
  private writeGroup(g: OpenGroup): void {
    const covered = g.covered.map((c) => c.org);
    const level = covered.length >= 8 ? '党委' : '联合党支部';
    const plan: PartyOrgPlan = {
      id: g.id,
      name: partyOrgName(level, covered, g.area, g.sponsor, g.ordinal),
      level,
      form: g.area ? '区域性' : '行业性',
      covered,
      established: g.established,
      status: '正常',
      division: (g.area?.county ?? g.sponsor?.county ?? covered[0].county).code,
      parentId: null,
      venue: venue(this.rng, 0.6),
      area: g.area,
      sponsor: g.sponsor,
      updatedAt: g.updatedAt,
    };
    this.writeOrg(plan, g.fault, g.covered);
  }

  private writeOrg(
    p: PartyOrgPlan,
    fault: string | null,
    units?: { uscc: string; name: string }[],
  ): void {
    const { truth, faults } = this.shared;
    const rec = this.record(p, fault !== null, units);
    this.orgs.writeJson(rec);
    truth.record('party-org', 'party-orgs', p.id, null);
    p.covered.forEach((o, i) =>
      truth.ref('party-org', 'party-orgs', p.id, `covered_units[${i}]`, o.id),
    );
    if (p.sponsor) truth.ref('party-org', 'party-orgs', p.id, 'sponsor', p.sponsor.id);
    if (fault) {
      faults.add({
        feed: 'party-org',
        file: 'party-orgs.ndjson',
        reason: 'invalid-date',
        key: p.id,
        line: this.orgs.lines,
        page: Math.ceil(this.orgs.lines / 500),
        org: null,
        detail: 'established 0000-00-00',
      });
    }
  }

  private record(
    p: PartyOrgPlan,
    broken: boolean,
    units?: { uscc: string; name: string }[],
  ): PartyOrgRecord {
    const noise = this.shared.noise;
    const rec: PartyOrgRecord = {
      org_id: p.id,
      name: p.name,
      level: p.level,
      form: p.form,
      covered_units:
        units?.map((u) => ({ uscc: u.uscc, name: u.name })) ??
        p.covered.map((o) => ({
          uscc: handTypedUscc(o.uscc, this.rng, noise.handTypedUscc),
          name: variantName(o, this.rng, noise.nameVariant),
        })),
      established: broken ? '0000-00-00' : p.established,
      status: p.status,
      division_code: p.division,
      parent_org_id: p.parentId,
      venue: p.venue,
      updated_at: p.updatedAt,
    };
    if (p.area) rec.area = { kind: p.area.kind, name: p.area.name };
    if (p.sponsor)
      rec.sponsor = {
        uscc: handTypedUscc(p.sponsor.uscc, this.rng, noise.handTypedUscc),
        name: p.sponsor.name,
      };
    return rec;
  }

  writeChunk(chunk: Chunk): void {
    const { truth } = this.shared;
    for (const p of chunk.plan.partyOrgs) {
      const fault = this.picker.next();
      this.writeOrg(p, fault);
      if (!fault && p.status === '正常') {
        for (const o of p.covered) chunk.views.get(o.index)?.partyForms.add(coverageFormOf(p.form));
      }
    }
    const noise = this.shared.noise;
    for (const m of chunk.plan.partyGroups) {
      const unit = {
        org: m.org,
        uscc: handTypedUscc(m.org.uscc, this.rng, noise.handTypedUscc),
        name: variantName(m.org, this.rng, noise.nameVariant),
      };
      const { group, full } = this.groups.join(m, unit);
      if (!group.fault)
        chunk.views.get(m.org.index)?.partyForms.add(m.area ? 'REGIONAL' : 'INDUSTRY');
      if (full) this.writeGroup(group);
    }
    for (const d of chunk.plan.distribution) {
      const o = d.org;
      const rec: MemberDistributionRecord = {
        uscc: o.uscc ?? '',
        unit_name: variantName(o, this.rng, this.shared.noise.nameVariant),
        full_members: o.fullMembers,
        probationary_members: o.probationaryMembers,
        instructor_assigned: o.instructorAssigned,
        as_of: d.asOf,
      };
      this.distribution.writeJson(rec);
      truth.record('party-org', 'member-distribution', rec.uscc || rec.unit_name, o.id);
      const view = chunk.views.get(o.index);
      if (view) {
        view.partyMembers = o.fullMembers;
        view.instructor = o.instructorAssigned;
      }
    }
  }

  async flush(): Promise<void> {
    await Promise.all([this.orgs.flush(), this.distribution.flush()]);
  }

  async close(): Promise<string[]> {
    for (const g of this.groups.drain()) this.writeGroup(g);
    await Promise.all([this.orgs.close(), this.distribution.close()]);
    return ['feeds/party-org/party-orgs.ndjson', 'feeds/party-org/member-distribution.ndjson'];
  }

  counts(): Record<string, number> {
    return {
      'party-org/party-orgs': this.orgs.lines,
      'party-org/member-distribution': this.distribution.lines,
    };
  }
}
