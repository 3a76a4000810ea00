import { join } from 'node:path';
import type { Rng } from '../rng';
import { FaultPicker } from '../output/fault-picker';
import { LineSink } from '../output/line-sink';
import { handTypedUscc } from '../noise/hand-typed-uscc';
import { variantName } from '../noise/name-variants';
import { coverageFormOf } from '../truth/org-view';
import type { PartyOrgPlan } from '../truth/coverage-plan';
import type { Chunk, FeedShared, FeedWriter } from './feed-context';

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
  venue: { place: boolean; facilities: boolean; signage: boolean; flag: boolean; books: boolean; rules: boolean };
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

  constructor(private readonly shared: FeedShared, private readonly rng: Rng) {
    const dir = join(shared.feedsDir, 'party-org');
    this.orgs = new LineSink(join(dir, 'party-orgs.ndjson'));
    this.distribution = new LineSink(join(dir, 'member-distribution.ndjson'));
    this.picker = new FaultPicker(rng.fork(1), shared.noise.brokenRecord, ['invalid-date']);
  }

  private record(p: PartyOrgPlan, broken: boolean): PartyOrgRecord {
    const noise = this.shared.noise;
    const rec: PartyOrgRecord = {
      org_id: p.id, name: p.name, level: p.level, form: p.form,
      covered_units: p.covered.map((o) => ({ uscc: handTypedUscc(o.uscc, this.rng, noise.handTypedUscc), name: variantName(o, this.rng, noise.nameVariant) })),
      established: broken ? '0000-00-00' : p.established, status: p.status, division_code: p.division, parent_org_id: p.parentId,
      venue: p.venue, updated_at: p.updatedAt,
    };
    if (p.area) rec.area = { kind: p.area.kind, name: p.area.name };
    if (p.sponsor) rec.sponsor = { uscc: handTypedUscc(p.sponsor.uscc, this.rng, noise.handTypedUscc), name: p.sponsor.name };
    return rec;
  }

  writeChunk(chunk: Chunk): void {
    const { truth, faults } = this.shared;
    for (const p of chunk.plan.partyOrgs) {
      const fault = this.picker.next();
      this.orgs.writeJson(this.record(p, fault !== null));
      truth.record('party-org', 'party-orgs', p.id, null);
      p.covered.forEach((o, i) => truth.ref('party-org', 'party-orgs', p.id, `covered_units[${i}]`, o.id));
      if (p.sponsor) truth.ref('party-org', 'party-orgs', p.id, 'sponsor', p.sponsor.id);
      if (fault) {
        faults.add({ feed: 'party-org', file: 'party-orgs.ndjson', reason: fault, key: p.id, line: this.orgs.lines, page: Math.ceil(this.orgs.lines / 500), org: null, detail: 'established 0000-00-00' });
      } else if (p.status === '正常') {
        for (const o of p.covered) chunk.views.get(o.index)?.partyForms.add(coverageFormOf(p.form));
      }
    }
    for (const d of chunk.plan.distribution) {
      const o = d.org;
      const rec: MemberDistributionRecord = {
        uscc: o.uscc ?? '', unit_name: variantName(o, this.rng, this.shared.noise.nameVariant), full_members: o.fullMembers,
        probationary_members: o.probationaryMembers, instructor_assigned: o.instructorAssigned, as_of: d.asOf,
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
    await Promise.all([this.orgs.close(), this.distribution.close()]);
    return ['feeds/party-org/party-orgs.ndjson', 'feeds/party-org/member-distribution.ndjson'];
  }

  counts(): Record<string, number> {
    return { 'party-org/party-orgs': this.orgs.lines, 'party-org/member-distribution': this.distribution.lines };
  }
}
