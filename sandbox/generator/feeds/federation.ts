import { createReadStream, createWriteStream, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Rng } from '../rng';
import { FaultPicker } from '../output/fault-picker';
import type { FaultReason } from '../output/fault-log';
import { LineSink } from '../output/line-sink';
import { handTypedUscc } from '../noise/hand-typed-uscc';
import { variantName } from '../noise/name-variants';
import { COUNTIES } from '../reference/divisions';
import { cstDate, DAY_MS, endOfPreviousMonth } from '../world/dates';
import { personName } from '../world/org-names';
import type { World } from '../truth/build-organization';
import type { TrueOrg } from '../truth/organization';
import type { Chunk, FeedShared, FeedWriter } from './feed-context';

/** SPEC §5 member line of members_YYYYMMDD.ndjson. */
export interface FederationMember {
  member_id: string;
  name: string;
  uscc: string;
  member_kind: '企业会员' | '团体会员' | '个人会员';
  chambers: { name: string; uscc: string; role: string }[];
  division_code: string;
  legal_rep: string;
  employees_reported: number | null;
  updated: string;
}

/** Writes `feeds/federation/members_YYYYMMDD.ndjson` (工商联 member roster, full snapshot). */
export class FederationWriter implements FeedWriter {
  private readonly sink: LineSink;
  private readonly picker: FaultPicker;
  private readonly duplicates: FaultPicker;
  private readonly date: string;
  private seq = 0;

  constructor(
    private readonly shared: FeedShared,
    private readonly rng: Rng,
    private readonly world: World,
  ) {
    const end = endOfPreviousMonth(shared.nowMs, 1);
    this.date = cstDate(Date.parse(`${end}T00:00:00+08:00`) + DAY_MS);
    this.sink = new LineSink(
      join(shared.feedsDir, 'federation', `members_${this.date.replaceAll('-', '')}.ndjson`),
    );
    this.picker = new FaultPicker(rng.fork(1), shared.noise.brokenRecord, [
      'negative-number',
      'absurd-number',
      'invalid-date',
    ]);
    this.duplicates = new FaultPicker(rng.fork(2), shared.noise.duplicateRow, ['duplicate-row']);
  }

  get file(): string {
    return `members_${this.date.replaceAll('-', '')}.ndjson`;
  }

  private member(org: TrueOrg | null, fault: FaultReason | null): FederationMember {
    const noise = this.shared.noise;
    const id = `M${String(++this.seq).padStart(6, '0')}`;
    const updated =
      fault === 'invalid-date'
        ? '0000-00-00'
        : cstDate(this.shared.nowMs - this.rng.int(20, 400) * DAY_MS);
    if (!org) {
      const county = this.rng.pick(COUNTIES);
      return {
        member_id: id,
        name: personName(this.rng),
        uscc: '',
        member_kind: '个人会员',
        chambers: [],
        division_code: county.code,
        legal_rep: '',
        employees_reported: null,
        updated,
      };
    }
    // Self-reported headcount: often rounded.
    let employees =
      org.employees >= 20 && this.rng.chance(noise.attributeDisagreement)
        ? Math.round(org.employees / 10) * 10
        : org.employees;
    if (fault === 'negative-number') employees = -Math.max(1, employees);
    if (fault === 'absurd-number') employees = 88_888_888;
    const sameCity = COUNTIES.filter((c) => c.city.code4 === org.county.city.code4);
    return {
      member_id: id,
      name: variantName(org, this.rng, noise.nameVariant),
      uscc: this.rng.chance(noise.handTypedUscc * 0.2)
        ? ''
        : handTypedUscc(org.uscc, this.rng, noise.handTypedUscc),
      member_kind: org.kind === 'chamber' ? '团体会员' : '企业会员',
      chambers: org.chambers.map((c) => {
        const chamber = this.world.chambers[c.index];
        return {
          name: chamber.name,
          uscc: handTypedUscc(chamber.uscc, this.rng, noise.handTypedUscc),
          role: c.role,
        };
      }),
      division_code: this.rng.chance(noise.attributeDisagreement * 0.3)
        ? this.rng.pick(sameCity).code
        : org.county.code,
      legal_rep: org.legalRep,
      employees_reported: employees,
      updated,
    };
  }

  writeChunk(chunk: Chunk): void {
    const { truth, faults } = this.shared;
    for (const org of chunk.orgs) {
      if (!org.inFederation) continue;
      const fault = this.picker.next(!org.pinned);
      const rec = this.member(org, fault);
      const line = `${JSON.stringify(rec)}\n`;
      this.sink.write(line);
      truth.record('federation', 'members', rec.member_id, org.id);
      org.chambers.forEach((c, i) =>
        truth.ref(
          'federation',
          'members',
          rec.member_id,
          `chambers[${i}]`,
          this.world.chambers[c.index].id,
        ),
      );
      if (fault) {
        faults.add({
          feed: 'federation',
          file: this.file,
          reason: fault,
          key: rec.member_id,
          line: this.sink.lines,
          org: org.id,
        });
      } else {
        const view = chunk.views.get(org.index);
        if (view && rec.employees_reported !== null)
          view.federationEmployees = rec.employees_reported;
        if (this.duplicates.next()) {
          this.sink.write(line);
          faults.add({
            feed: 'federation',
            file: this.file,
            reason: 'duplicate-row',
            key: rec.member_id,
            line: this.sink.lines,
            org: org.id,
          });
        }
      }
      // Individual members (个人会员) sit among the rest; the hub skips them.
      if (org.kind !== 'chamber' && this.rng.chance(0.12)) {
        const person = this.member(null, null);
        this.sink.writeJson(person);
        truth.record('federation', 'members', person.member_id, null);
      }
    }
  }

  flush(): Promise<void> {
    return this.sink.flush();
  }

  /** Closes the snapshot and adds the truncated (and, in heavy noise, empty) older copies. */
  async close(): Promise<string[]> {
    await this.sink.close();
    const dir = join(this.shared.feedsDir, 'federation');
    const files = [`feeds/federation/${this.file}`];
    const older = (monthsBack: number): string =>
      `members_${cstDate(Date.parse(`${endOfPreviousMonth(this.shared.nowMs, monthsBack)}T00:00:00+08:00`) + DAY_MS).replaceAll('-', '')}.ndjson`;
    if (this.shared.noise.truncatedFiles && this.sink.bytes > 2) {
      const name = older(2);
      const cut = Math.floor(statSync(this.sink.path).size * 0.6);
      await pipeline(
        createReadStream(this.sink.path, { start: 0, end: cut - 1 }),
        createWriteStream(join(dir, name)),
      );
      this.shared.faults.add({
        feed: 'federation',
        file: name,
        reason: 'truncated-file',
        key: null,
        line: null,
        org: null,
        detail: `first 60% of ${this.file}, cut mid-line`,
      });
      files.push(`feeds/federation/${name}`);
    }
    if (this.shared.noise.emptyFiles) {
      const name = older(3);
      writeFileSync(join(dir, name), '');
      this.shared.faults.add({
        feed: 'federation',
        file: name,
        reason: 'empty-file',
        key: null,
        line: null,
        org: null,
      });
      files.push(`feeds/federation/${name}`);
    }
    return files;
  }

  counts(): Record<string, number> {
    return { [`federation/${this.file}`]: this.sink.lines };
  }
}
