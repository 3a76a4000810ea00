import type { Rng } from '../rng';
import { completeOrgCode } from '../identifiers/organization-code';
import { makeUscc } from '../identifiers/uscc';
import { modernOrgCodeBody } from '../identifiers/code-space';
import { cstDate, cstDateTime, cstMidnight, DAY_MS } from '../world/dates';
import type { World } from './build-organization';
import type { CoveragePlan, GroupMembership, Venue } from './coverage-plan';
import type { TrueOrg } from './organization';
import { partyOrgName, unionName } from './coverage-names';

type Form = 'standalone' | 'joint' | 'regional' | 'industry' | 'none';

/**
 * Chance of each coverage form on one side, given whether the unit may form its own organization.
 */
function drawForm(rng: Rng, org: TrueOrg, ownPossible: boolean, isPublic: boolean): Form {
  const area = org.area !== null;
  const chamber = org.chambers.length > 0;
  if (ownPossible) {
    if (isPublic) return rng.chance(0.95) ? 'standalone' : 'none';
    return rng.weighted([
      ['standalone', 60],
      ['joint', 10],
      ['regional', area ? 9 : 0],
      ['industry', chamber ? 15 : 0],
      ['none', 22],
    ] as const);
  }
  return rng.weighted([
    ['joint', 12],
    ['regional', area ? 14 : 0],
    ['industry', chamber ? 20 : 0],
    ['none', 60],
  ] as const);
}

/** Six-haves of a Party venue (六有). */
export function venue(rng: Rng, p: number): Venue {
  return {
    place: rng.chance(p),
    facilities: rng.chance(p),
    signage: rng.chance(p),
    flag: rng.chance(p),
    books: rng.chance(p),
    rules: rng.chance(p),
  };
}

/** A date between `from` (YYYY-MM-DD) and now; optionally before / after a pivot date. */
function dateBetween(rng: Rng, from: string, toMs: number): string {
  const a = cstMidnight(from);
  return cstDate(a + rng.float() * Math.max(0, toMs - a - DAY_MS));
}

/**
 * Decides the Party and union coverage of one chunk: standalone organizations, joint ones
 * (联合组建, 2–4 units of a city), regional ones per area and industry ones per chamber.
 * Also assigns Party-building instructors and the member-distribution rows.
 */
export function planCoverage(
  chunkNo: number,
  orgs: readonly TrueOrg[],
  rng: Rng,
  world: World,
): CoveragePlan {
  const plan: CoveragePlan = {
    partyOrgs: [],
    unions: [],
    distribution: [],
    partyGroups: [],
    unionGroups: [],
  };
  const nowMs = world.nowMs;
  let partySeq = 0;
  let unionSeq = 0;
  const partyId = (): string => `DZZ${String(chunkNo * 10_000 + ++partySeq).padStart(8, '0')}`;
  const unionId = (): string => `GH${String(chunkNo * 10_000 + ++unionSeq).padStart(8, '0')}`;
  const updatedAt = (established: string): string =>
    cstDateTime(
      Math.floor(
        Math.max(cstMidnight(established), nowMs - 365 * DAY_MS + rng.float() * 365 * DAY_MS) /
          1000,
      ) * 1000,
    );
  const established = (org: TrueOrg): string => {
    // Converted enterprises: organizations formed both before and after the conversion (rule C1).
    if (org.conversion && rng.chance(0.5))
      return dateBetween(rng, org.estDate, cstMidnight(org.conversion.date));
    return dateBetween(rng, org.estDate, nowMs);
  };
  const statusOf = (org: TrueOrg): '正常' | '撤销' =>
    org.lifecycle !== 'active' && rng.chance(0.7) ? '撤销' : '正常';
  const groups = { party: new Map<string, TrueOrg[]>(), union: new Map<string, TrueOrg[]>() };
  const addGroup = (side: 'party' | 'union', key: string, org: TrueOrg): void => {
    const list = groups[side].get(key) ?? [];
    list.push(org);
    groups[side].set(key, list);
  };
  const partyOf = new Map<number, string>();

  for (const org of orgs) {
    const isPublic = org.kind === 'state-owned' || org.kind === 'collective';
    const party = drawForm(rng, org, org.fullMembers >= 3, isPublic);
    if (party === 'standalone') {
      const m = org.fullMembers;
      const level =
        m >= 100 ? '党委' : m >= 50 ? '党总支' : rng.chance(0.03) ? '临时党支部' : '党支部';
      const est = established(org);
      const id = partyId();
      partyOf.set(org.index, id);
      plan.partyOrgs.push({
        id,
        name: partyOrgName(level, [org], null, null, chunkNo),
        level,
        form: '单独组建',
        covered: [org],
        established: est,
        status: statusOf(org),
        division: org.county.code,
        parentId: org.parent ? (partyOf.get(org.parent.index) ?? null) : null,
        venue: venue(rng, 0.8),
        area: null,
        sponsor: null,
        updatedAt: updatedAt(est),
      });
      // An earlier joint branch, since dissolved (撤销): never counts as coverage.
      if (rng.chance(0.08)) {
        const old = dateBetween(rng, org.estDate, cstMidnight(est));
        plan.partyOrgs.push({
          id: partyId(),
          name: partyOrgName('联合党支部', [org], null, null, chunkNo),
          level: '联合党支部',
          form: '联合组建',
          covered: [org],
          established: old,
          status: '撤销',
          division: org.county.code,
          parentId: null,
          venue: venue(rng, 0.3),
          area: null,
          sponsor: null,
          updatedAt: updatedAt(est),
        });
      }
    } else if (party === 'joint') addGroup('party', `J${org.county.city.code4}`, org);
    else if (party === 'regional' && org.area) addGroup('party', `R${org.area.name}`, org);
    else if (party === 'industry' && org.chambers.length > 0)
      addGroup('party', `I${org.chambers[0].index}`, org);
    else if (org.lifecycle === 'active' && rng.chance(org.fullMembers > 0 ? 0.25 : 0.04))
      org.instructorAssigned = true;

    const union = drawForm(rng, org, org.employees >= 25, isPublic);
    if (union === 'standalone') {
      const est = established(org);
      plan.unions.push({
        id: unionId(),
        name: unionName([org], null, null, chunkNo),
        uscc: '',
        form: '单独建会',
        covered: [org],
        members: Math.max(1, Math.round(org.employees * (0.6 + 0.4 * rng.float()))),
        employeesReported:
          org.pinned || !rng.chance(world.noise.attributeDisagreement)
            ? org.employees
            : Math.max(1, Math.round(org.employees * (0.8 + 0.4 * rng.float()))),
        established: est,
        status: statusOf(org),
        venueSixHaves: sixHaves(rng, 0.8),
        division: org.county.code,
        updatedAt: updatedAt(est),
      });
    } else if (union === 'joint') addGroup('union', `J${org.county.city.code4}`, org);
    else if (union === 'regional' && org.area) addGroup('union', `R${org.area.name}`, org);
    else if (union === 'industry' && org.chambers.length > 0)
      addGroup('union', `I${org.chambers[0].index}`, org);

    if (
      org.fullMembers > 0 ||
      org.probationaryMembers > 0 ||
      org.instructorAssigned ||
      partyOf.has(org.index)
    ) {
      if (org.lifecycle === 'active' || rng.chance(0.3))
        plan.distribution.push({ org, asOf: cstDate(nowMs - rng.int(1, 180) * DAY_MS) });
    }
  }

  if (chunkNo === 0) ensureEveryForm(orgs, groups);
  const membership = (org: TrueOrg, key: string): GroupMembership => ({
    org,
    key,
    area: key.startsWith('R') ? org.area : null,
    sponsor: key.startsWith('I') ? world.chambers[org.chambers[0].index] : null,
  });
  for (const [key, members] of groups.party) {
    if (!key.startsWith('J')) {
      plan.partyGroups.push(...members.map((o) => membership(o, key)));
      continue;
    }
    if (members.length < 2) continue; // nobody to join with in this batch
    for (const covered of split(rng, members, 4)) {
      const est = dateBetween(rng, covered.map((o) => o.estDate).sort()[covered.length - 1], nowMs);
      plan.partyOrgs.push({
        id: partyId(),
        name: partyOrgName('联合党支部', covered, null, null, chunkNo),
        level: '联合党支部',
        form: '联合组建',
        covered,
        established: est,
        status: '正常',
        division: covered[0].county.code,
        parentId: null,
        venue: venue(rng, 0.6),
        area: null,
        sponsor: null,
        updatedAt: updatedAt(est),
      });
    }
  }
  for (const [key, members] of groups.union) {
    if (!key.startsWith('J')) {
      plan.unionGroups.push(...members.map((o) => membership(o, key)));
      continue;
    }
    if (members.length < 2) continue;
    for (const covered of split(rng, members, 4)) {
      const total = covered.reduce((sum, o) => sum + o.employees, 0);
      const est = dateBetween(rng, covered.map((o) => o.estDate).sort()[covered.length - 1], nowMs);
      plan.unions.push({
        id: unionId(),
        name: unionName(covered, null, null, chunkNo),
        uscc: '',
        form: '联合建会',
        covered,
        members: Math.max(1, Math.round(total * 0.7)),
        employeesReported: total,
        established: est,
        status: '正常',
        venueSixHaves: sixHaves(rng, 0.6),
        division: covered[0].county.code,
        updatedAt: updatedAt(est),
      });
    }
  }
  for (const u of plan.unions) {
    const counter = Number(u.id.slice(2));
    u.uscc = makeUscc(
      '81',
      u.division,
      completeOrgCode(modernOrgCodeBody('MC', counter, world.salt)).slice(0, 8),
    );
  }
  return plan;
}

/**
 * In the first chunk, makes sure regional, industry and joint organizations exist on both sides
 * (small test provinces), by grouping units that have no coverage of that side yet.
 */
function ensureEveryForm(
  orgs: readonly TrueOrg[],
  groups: Record<'party' | 'union', Map<string, TrueOrg[]>>,
): void {
  for (const side of ['party', 'union'] as const) {
    const grouped = new Set([...groups[side].values()].flat().map((o) => o.index));
    const has = (prefix: string): boolean =>
      [...groups[side].keys()].some((k) => k.startsWith(prefix));
    const free = orgs.filter(
      (o) =>
        !grouped.has(o.index) && o.lifecycle === 'active' && o.fullMembers < 3 && o.employees < 25,
    );
    const add = (key: string, org: TrueOrg | undefined): void => {
      if (!org) return;
      groups[side].set(key, [...(groups[side].get(key) ?? []), org]);
      grouped.add(org.index);
    };
    if (!has('I')) {
      const o = free.find((x) => x.chambers.length > 0 && !grouped.has(x.index));
      if (o) add(`I${o.chambers[0].index}`, o);
    }
    if (!has('R')) {
      const o = free.find((x) => x.area !== null && !grouped.has(x.index));
      if (o?.area) add(`R${o.area.name}`, o);
    }
    if (!has('J')) {
      const pair = free.filter((x) => !grouped.has(x.index) && x.kind !== 'chamber').slice(0, 2);
      if (pair.length === 2) for (const o of pair) add(`J${pair[0].county.city.code4}`, o);
    }
  }
}

/** Six Y/N flags of a union venue (六有). */
export function sixHaves(rng: Rng, p: number): string {
  return Array.from({ length: 6 }, () => (rng.chance(p) ? 'Y' : 'N')).join('');
}

/**
 * Splits a group into organizations of at most `max` units; a lone unit of a joint group joins its
 * neighbour.
 */
function split(rng: Rng, members: TrueOrg[], max: number): TrueOrg[][] {
  const out: TrueOrg[][] = [];
  for (let i = 0; i < members.length;) {
    const n = Math.min(members.length - i, rng.int(2, max));
    out.push(members.slice(i, i + n));
    i += n;
  }
  if (out.length > 1 && out[out.length - 1].length === 1)
    out[out.length - 2].push(...(out.pop() ?? []));
  return out;
}
