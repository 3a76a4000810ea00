import type { Pool } from 'pg';
import type { CanonicalRecord } from '../../src/canonical/canonical-record';
import { identifierClaims } from '../../src/canonical/identifier-claim';
import type { Batch } from '../../src/landing/batch';
import { landBatch } from '../../src/landing/land-batch';
import { inTransaction } from '../../src/storage/sql-pool';
import { organizationCodeCheckCharacter, usccCheckCharacter } from '../../src/identifiers';

/** Lands hand-built canonical records (one batch per source and stream), as connectors would. */
export async function landRecords(pool: Pool, records: CanonicalRecord[]): Promise<void> {
  const runId = (
    await pool.query<{ id: string }>(
      `insert into sync_run (source, started_at) values ('test', now()) returning id`,
    )
  ).rows[0].id;
  const groups = new Map<string, CanonicalRecord[]>();
  for (const r of records)
    groups.set(`${r.source}|${r.stream}`, [...(groups.get(`${r.source}|${r.stream}`) ?? []), r]);
  for (const group of groups.values()) {
    await inTransaction(pool, (client) =>
      landBatch(client, group[0].source, runId, {
        stream: group[0].stream,
        origin: 'test',
        rejections: [],
        records: group.map((canonical) => ({
          key: canonical.key,
          payload: { ...canonical },
          canonical,
        })),
      } as Batch),
    );
  }
}

/** An enterprise as market regulation states it. */
export function enterprise(
  key: string,
  uscc: string,
  name: string,
  extra: Partial<CanonicalRecord> = {},
): CanonicalRecord {
  return {
    source: 'market-regulation',
    stream: 'enterprises',
    key,
    entity: 'organization',
    kind: 'ENTERPRISE',
    identifiers: identifierClaims(uscc),
    name,
    status: { raw: '存续', active: true },
    divisionCode: '610113',
    industryCode: 'I6513',
    ownership: { entType: '有限责任公司(自然人投资或控股)' },
    ...extra,
  };
}

/** A statistics unit stating employees and holding. */
export function statisticsUnit(
  uscc: string,
  name: string,
  employees: number,
  extra: Partial<CanonicalRecord> = {},
): CanonicalRecord {
  return {
    source: 'statistics',
    stream: 'units',
    key: uscc,
    entity: 'organization',
    kind: 'ENTERPRISE',
    identifiers: identifierClaims(uscc),
    name,
    employees,
    ownership: { holding: '3', institutionType: '10', unitType: '法人单位' },
    divisionCode: '610113',
    streetCode: '610113001',
    ...extra,
  };
}

export function memberDistribution(
  uscc: string,
  name: string,
  full: number,
  instructorAssigned = false,
): CanonicalRecord {
  return {
    source: 'party-org',
    stream: 'member-distribution',
    key: uscc,
    entity: 'member-distribution',
    identifiers: identifierClaims(uscc),
    name,
    partyMembers: { full, probationary: 0, instructorAssigned },
  };
}

export function partyOrganization(
  key: string,
  form: string,
  units: Array<[string, string]>,
): CanonicalRecord {
  return {
    source: 'party-org',
    stream: 'party-orgs',
    key,
    entity: 'party-organization',
    identifiers: [],
    name: `中共${units[0][1]}支部委员会`,
    status: { raw: '正常', active: true },
    establishedOn: '2020-01-01',
    coverage: {
      form,
      level: '党支部',
      coveredUnits: units.map(([uscc, name]) => ({
        identifier: identifierClaims(uscc)[0] ?? null,
        name,
      })),
      venue: {
        place: true,
        facilities: true,
        signage: true,
        flag: true,
        books: false,
        rules: true,
      },
    },
  };
}

export function union(
  key: string,
  form: string,
  units: Array<[string, string]>,
  employeesReported?: number,
): CanonicalRecord {
  return {
    source: 'trade-union',
    stream: 'unions',
    key,
    entity: 'trade-union',
    identifiers: [],
    name: `${units[0][1]}工会委员会`,
    status: { raw: '正常', active: true },
    establishedOn: '2020-01-01',
    employees: employeesReported,
    coverage: {
      form,
      coveredUnits: units.map(([uscc, name]) => ({
        identifier: identifierClaims(uscc)[0] ?? null,
        name,
      })),
      venue: { place: true, facilities: true, signage: true, flag: true, books: true, rules: true },
    },
  };
}

/** A valid USCC for test organization number `n` (category 91, Yanta district). */
export function testUscc(n: number, prefix = '91610113'): string {
  const body = String(n).padStart(8, '0');
  const organizationCode = body + organizationCodeCheckCharacter(body);
  const first17 = prefix + organizationCode;
  return first17 + usccCheckCharacter(first17);
}
