import type { TrueOrg } from '../truth/organization';
import type { OrgView } from '../truth/org-view';
import { join } from 'node:path';
import type { Rng } from '../rng';
import type { FaultReason } from '../output/fault-log';
import { FaultPicker } from '../output/fault-picker';
import { LineSink } from '../output/line-sink';
import {
  mayBreakRegistryRecord,
  type Chunk,
  type FeedShared,
  type FeedWriter,
} from './feed-context';

/** SPEC §1 Enterprise as market regulation (市场监管) serves it. */
export interface Enterprise {
  reg_id: string;
  uscc: string | null;
  reg_no: string | null;
  name: string;
  former_names: string[];
  ent_type: string;
  parent_uscc: string | null;
  legal_rep: string;
  reg_capital: string;
  est_date: string;
  status: string;
  address: string;
  division_code: string;
  industry_code: string;
  updated_at: string;
  events: { type: string; date: string; before: string; after: string }[];
}

/** Registry status word of a life cycle; active ones say 存续 or (older records) 在业. */
export function marketStatus(org: TrueOrg): string {
  switch (org.lifecycle) {
    case 'cancelled':
      return '注销';
    case 'revoked':
      return '吊销';
    case 'moved-out':
      return '迁出';
    default:
      return org.index % 7 === 0 ? '在业' : '存续';
  }
}

/** The department's record key: `SCJG` + 10 digits. */
export function regIdOf(org: TrueOrg): string {
  return `SCJG${String(org.index + 1).padStart(10, '0')}`;
}

/** Builds the Enterprise record of an organization, breaking it when `fault` says so. */
export function enterpriseRecord(org: TrueOrg, fault: FaultReason | null): Enterprise {
  if (!org.entType) throw new Error(`${org.id} is not registered by market regulation`);
  const events: Enterprise['events'] = [];
  if (org.formerNames.length > 0 && org.nameChangeDate) {
    events.push({
      type: 'NAME_CHANGE',
      date: org.nameChangeDate,
      before: org.formerNames[0],
      after: org.name,
    });
  }
  if (org.conversion) {
    events.push({
      type: 'ENT_TYPE_CHANGE',
      date: org.conversion.date,
      before: org.conversion.fromType,
      after: org.conversion.toType,
    });
  }
  if (org.formerAddress && org.addressChangeDate) {
    events.push({
      type: 'ADDRESS_CHANGE',
      date: org.addressChangeDate,
      before: org.formerAddress,
      after: org.address,
    });
  }
  const status = marketStatus(org);
  if (org.lifecycleDate)
    events.push({ type: 'STATUS_CHANGE', date: org.lifecycleDate, before: '存续', after: status });
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    reg_id: regIdOf(org),
    uscc: org.uscc,
    reg_no: org.regNo,
    name: org.name,
    former_names: org.formerNames,
    ent_type: org.entType,
    parent_uscc: org.parent ? org.parent.uscc : null,
    legal_rep: org.legalRep,
    reg_capital: org.regCapital,
    est_date: fault === 'invalid-date' ? '0000-00-00' : org.estDate,
    status: fault === 'unknown-enum' ? '存续（在营、开业、在册）' : status,
    address: org.address,
    division_code: org.county.code,
    industry_code: org.industry[1] + org.industry[0],
    updated_at: org.updatedAt,
    events,
  };
}

/** What a correct ingest learns from a valid Enterprise record. */
export function marketView(org: TrueOrg, record: Enterprise): NonNullable<OrgView['market']> {
  return {
    status: record.status,
    division: record.division_code,
    entType: record.ent_type,
    industry4: record.industry_code.slice(1),
    converted: org.conversion !== null,
  };
}

/** Writes `feeds/market-regulation/enterprises.ndjson` (SPEC §1), one Enterprise per line. */
export class MarketRegulationWriter implements FeedWriter {
  private readonly sink: LineSink;
  private readonly picker: FaultPicker;

  constructor(
    private readonly shared: FeedShared,
    rng: Rng,
  ) {
    this.sink = new LineSink(join(shared.feedsDir, 'market-regulation', 'enterprises.ndjson'));
    this.picker = new FaultPicker(rng, shared.noise.brokenRecord, ['invalid-date', 'unknown-enum']);
  }

  writeChunk(chunk: Chunk): void {
    for (const org of chunk.orgs) {
      if (org.entType === null || org.social) continue;
      const fault = this.picker.next(mayBreakRegistryRecord(org, chunk, 'market'));
      if (fault) chunk.faulted.add(org.index);
      const record = enterpriseRecord(org, fault);
      this.sink.writeJson(record);
      this.shared.truth.record('market-regulation', 'enterprises', record.reg_id, org.id);
      if (fault) {
        this.shared.faults.add({
          feed: 'market-regulation',
          file: 'enterprises.ndjson',
          reason: fault,
          key: record.reg_id,
          line: this.sink.lines,
          org: org.id,
          detail: fault === 'invalid-date' ? 'est_date 0000-00-00' : `status ${record.status}`,
        });
      } else {
        const view = chunk.views.get(org.index);
        if (view) view.market = marketView(org, record);
      }
    }
  }

  flush(): Promise<void> {
    return this.sink.flush();
  }

  async close(): Promise<string[]> {
    await this.sink.close();
    return ['feeds/market-regulation/enterprises.ndjson'];
  }

  counts(): Record<string, number> {
    return { 'market-regulation/enterprises': this.sink.lines };
  }
}
