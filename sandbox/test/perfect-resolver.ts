import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Enterprise } from '../generator';
import { statisticsKey } from '../generator/feeds/statistics';
import type { TaxpayerRecord } from '../generator/feeds/tax';
import type { FederationMember } from '../generator/feeds/federation';
import type { MemberDistributionRecord, PartyOrgRecord } from '../generator/feeds/party-org';
import type { FaultEntry } from '../generator/output/fault-log';
import { coverageFormOf, emptyView, type OrgView } from '../generator/truth/org-view';
import { civilLines, csvFields, readNdjson, readWorkbook } from './feed-files';

interface Truth {
  source: string;
  stream: string;
  key: string;
  org: string | null;
  ref?: string;
}

/**
 * Rebuilds every organization's views from the feed FILES, the way a correct ingest plus a
 * perfect resolver (truth.jsonl) would: faulty records (faults.jsonl positions) are skipped,
 * the latest valid snapshot / period wins. Tests compare the result with expected.json.
 */
export async function viewsFromFeeds(
  dir: string,
  files: string[],
): Promise<{
  views: Map<string, OrgView>;
  identity: Map<string, { uscc: string | null; name: string }>;
}> {
  const truth = readNdjson<Truth>(join(dir, 'truth.jsonl'));
  const faults = readNdjson<FaultEntry>(join(dir, 'faults.jsonl'));
  const bad = new Set(
    faults.map((f) => `${f.feed}/${f.file}:${f.sheet ?? ''}:${f.line ?? f.row ?? ''}`),
  );
  const isBad = (feed: string, file: string, pos: number, sheet = ''): boolean =>
    bad.has(`${feed}/${file}:${sheet}:${pos}`);
  const orgOf = new Map(
    truth.filter((t) => !t.ref).map((t) => [`${t.source}|${t.stream}|${t.key}`, t.org]),
  );
  const refs = new Map<string, string[]>();
  for (const t of truth.filter((x) => x.ref?.startsWith('covered_units[')))
    refs.set(`${t.source}|${t.key}`, [
      ...(refs.get(`${t.source}|${t.key}`) ?? []),
      t.org as string,
    ]);
  const views = new Map<string, OrgView>();
  const identity = new Map<string, { uscc: string | null; name: string }>();
  for (const t of truth) if (t.org && !views.has(t.org)) views.set(t.org, emptyView());
  const view = (id: string | null | undefined): OrgView | undefined =>
    id ? views.get(id) : undefined;
  const setIdentity = (id: string, uscc: string | null, name: string | null): void => {
    const cur = identity.get(id) ?? { uscc: null, name: '' };
    identity.set(id, {
      uscc: cur.uscc ?? (uscc && uscc.length === 18 ? uscc : null),
      name: cur.name || (name ?? ''),
    });
  };
  const path = (f: string): string => join(dir, f);
  const base = (f: string): string => f.split('/').slice(2).join('/');

  readNdjson<Enterprise>(path('feeds/market-regulation/enterprises.ndjson')).forEach((e, i) => {
    const id = orgOf.get(`market-regulation|enterprises|${e.reg_id}`) ?? null;
    if (!id || isBad('market-regulation', 'enterprises.ndjson', i + 1)) return;
    setIdentity(id, e.uscc, e.name);
    const converted = e.events.some(
      (ev) =>
        ev.type === 'ENT_TYPE_CHANGE' &&
        /国有|全民所有制|集体所有制/.test(ev.before) &&
        !/国有|全民所有制|集体所有制/.test(ev.after),
    );
    const v = view(id);
    if (v)
      v.market = {
        status: e.status,
        division: e.division_code,
        entType: e.ent_type,
        industry4: e.industry_code.slice(1),
        converted,
      };
  });
  for (const f of files.filter((x) => x.includes('social_orgs_')).sort()) {
    civilLines(path(f)).forEach((line, i) => {
      if (i === 0 || isBad('civil-affairs', base(f), i + 1)) return;
      const c = csvFields(line);
      const id = orgOf.get(`civil-affairs|social-orgs|${c[0]}`);
      const v = view(id);
      if (!v || !id) return;
      setIdentity(id, c[0], c[1]);
      v.civil = {
        status: c[12],
        division: c[8],
        type: c[2],
        authority: c[3],
        category: c[10],
        staff: Number(c[11]),
      };
    });
  }
  const units = files.find(
    (f) => /units_\d{4}Q\d\.xlsx$/.test(f) && !bad.has(`statistics/${base(f)}::`),
  );
  for (const [sheet, rows] of await readWorkbook(path(units ?? ''))) {
    rows.forEach((r, i) => {
      if (i < 2 || isBad('statistics', base(units ?? ''), i + 1, sheet)) return;
      const id = orgOf.get(
        `statistics|units|${statisticsKey(String(r[0] ?? ''), String(r[1] ?? ''), String(r[2] ?? ''), String(r[9]))}`,
      );
      const v = view(id);
      if (!v || !id || v.statistics) return;
      setIdentity(id, String(r[0] ?? ''), null);
      v.statistics = {
        holding: String(r[5]),
        employees: Number(r[7]),
        code12: String(r[9]),
        industry4: String(r[4]).padStart(4, '0'),
      };
    });
  }
  for (const f of files.filter((x) => x.includes('tax/periods/')).sort()) {
    readNdjson<TaxpayerRecord>(path(f)).forEach((t, i) => {
      const id = orgOf.get(`tax|taxpayers|${t.NSRSBH}`);
      const v = view(id);
      if (!v || !id || isBad('tax', base(f), i + 1)) return;
      setIdentity(id, t.NSRSBH, null);
      v.tax = {
        period: f.slice(-13, -7),
        status: t.NSRZT,
        division: t.XZQHDM,
        industry4: t.HYDM,
        withheld: t.DKDJRS,
      };
    });
  }
  const members =
    files.find((f) => f.includes('members_') && !bad.has(`federation/${base(f)}::`)) ?? '';
  readFileSync(path(members), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line || isBad('federation', base(members), i + 1)) return;
      const m = JSON.parse(line) as FederationMember;
      const v = view(orgOf.get(`federation|members|${m.member_id}`));
      if (v && m.employees_reported !== null && v.federationEmployees === undefined)
        v.federationEmployees = m.employees_reported;
    });
  readNdjson<PartyOrgRecord>(path('feeds/party-org/party-orgs.ndjson')).forEach((o, i) => {
    if (isBad('party-org', 'party-orgs.ndjson', i + 1) || o.status !== '正常') return;
    for (const id of refs.get(`party-org|${o.org_id}`) ?? [])
      view(id)?.partyForms.add(coverageFormOf(o.form));
  });
  for (const d of readNdjson<MemberDistributionRecord>(
    path('feeds/party-org/member-distribution.ndjson'),
  )) {
    const v = view(orgOf.get(`party-org|member-distribution|${d.uscc || d.unit_name}`));
    if (v) [v.partyMembers, v.instructor] = [d.full_members, d.instructor_assigned];
  }
  const unionLines = readFileSync(path('feeds/trade-union/unions.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n');
  unionLines.forEach((line, i) => {
    if (i === 0 || !line || isBad('trade-union', 'unions.csv', i + 1)) return;
    const u = csvFields(line);
    if (u[8] !== '正常') return;
    for (const id of refs.get(`trade-union|${u[0]}`) ?? []) {
      const v = view(id);
      v?.unionForms.add(coverageFormOf(u[3]));
      if (v && u[3] === '单独建会') v.unionStandaloneReported = Number(u[6]);
    }
  });
  return { views, identity };
}
