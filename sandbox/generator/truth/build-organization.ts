import type { Rng } from '../rng';
import type { NoiseProfile } from '../noise-profile';
import { COUNTIES, type County } from '../reference/divisions';
import { completeOrgCode } from '../identifiers/organization-code';
import { makeUscc } from '../identifiers/uscc';
import { makeRegNo } from '../identifiers/registration-number';
import { legacyOrgCodeBody, modernOrgCodeBody, regNoSequence } from '../identifiers/code-space';
import type { Area } from '../world/areas';
import { cstDate, cstDateTime, cstMidnight, DAY_MS } from '../world/dates';
import { personName, tradeName } from '../world/org-names';
import { EMPLOYEE_BOUNDARIES, KIND_PROFILES, KIND_WEIGHTS, MEMBER_BOUNDARIES } from './org-kinds';
import {
  addressFor,
  areaPreference,
  branchEntType,
  entTypeFor,
  estYearRange,
  industryFor,
  regCapitalFor,
} from './org-attributes';
import {
  isMarketKind,
  isSocialKind,
  type Lifecycle,
  type OrgKind,
  type TrueOrg,
} from './organization';
import { nameFor } from './org-naming';
import { socialRegistrationFor, registrationDivision } from './social-registration';

/**
 * What every organization is built against: the province's places and chambers, the clock and
 * noise.
 */
export interface World {
  noise: NoiseProfile;
  nowMs: number;
  salt: number;
  areasByCounty: ReadonlyMap<string, Area[]>;
  chambers: readonly TrueOrg[];
}

const USCC_REFORM = '2015-10-01';
const COUNTY_WEIGHTS: readonly (readonly [County, number])[] = COUNTIES.map(
  (c) => [c, c.weight] as const,
);

/**
 * Pinned threshold fixtures: [employees, full members]. The first organizations after the chambers
 * get them.
 */
const PINNED: readonly (readonly [number, number])[] = [
  [24, 2],
  [25, 3],
  [26, 2],
  [10, 3],
  [30, 3],
  [9, 0],
  [31, 2],
  [29, 3],
];

/** Organization id from its index: `O0000001`. */
export function orgId(index: number): string {
  return `O${String(index + 1).padStart(7, '0')}`;
}

/**
 * Builds one ground-truth organization.
 * @param parents enterprises built earlier in the same chunk, candidates for a branch's parent
 * @param pinnedSlot index into the threshold fixtures, when this organization is one
 */
export function buildOrganization(
  index: number,
  rng: Rng,
  world: World,
  parents: readonly TrueOrg[],
  pinnedSlot?: number,
): TrueOrg {
  const pinned = pinnedSlot !== undefined && pinnedSlot < PINNED.length;
  // Right after the threshold fixtures comes one organization of every kind, so small provinces
  // have them all.
  const kindSlot = pinnedSlot !== undefined ? pinnedSlot - PINNED.length : -1;
  let kind: OrgKind = pinned
    ? 'private-company'
    : kindSlot >= 0 && kindSlot < KIND_WEIGHTS.length
      ? KIND_WEIGHTS[kindSlot][0]
      : rng.weighted(KIND_WEIGHTS);
  const parentPool =
    kind === 'branch'
      ? parents.filter(
          (p) =>
            p.kind !== 'branch' &&
            p.kind !== 'individual-business' &&
            p.kind !== 'farmers-coop' &&
            p.entType !== null &&
            isMarketKind(p.kind),
        )
      : [];
  if (kind === 'branch' && parentPool.length === 0) kind = 'private-company';
  const parent = kind === 'branch' ? rng.pick(parentPool) : null;
  const profile = KIND_PROFILES[kind];
  const county = parent && rng.chance(0.4) ? parent.county : rng.weighted(COUNTY_WEIGHTS);
  const street = rng.pick(county.streets);
  const areaKind = rng.weighted(areaPreference(kind));
  const areaChoices = (world.areasByCounty.get(county.code) ?? []).filter(
    (a) => a.kind === areaKind,
  );
  const area = areaChoices.length > 0 ? rng.pick(areaChoices) : null;
  const industry = parent ? parent.industry : industryFor(rng, profile.industryTag);

  const [y0, y1] = estYearRange(kind);
  const nowYear = Number(cstDate(world.nowMs).slice(0, 4));
  const estMs = Math.min(
    world.nowMs - DAY_MS * 20,
    Date.UTC(rng.int(y0, Math.min(y1, nowYear)), rng.int(0, 11), rng.int(1, 28)),
  );
  const estDate = cstDate(Math.max(estMs, parent ? cstMidnight(parent.estDate) + DAY_MS : estMs));
  const estYear = Number(estDate.slice(0, 4));

  let employees = rng.logNormalInt(profile.employees[0], profile.employees[1], 1, 60_000);
  if (rng.chance(0.08)) employees = rng.pick(EMPLOYEE_BOUNDARIES);
  let fullMembers = Math.min(
    employees,
    Math.round(employees * profile.partyRate * (0.3 + 1.4 * rng.float())),
  );
  if (employees >= 3 && rng.chance(0.1)) fullMembers = rng.pick(MEMBER_BOUNDARIES);
  if (pinned) [employees, fullMembers] = PINNED[pinnedSlot];

  const lifecycle: Lifecycle = pinned
    ? 'active'
    : isSocialKind(kind)
      ? rng.weighted([
          ['active', 92],
          ['cancelled', 6],
          ['revoked', 2],
        ] as const)
      : kind === 'law-firm'
        ? rng.weighted([
            ['active', 95],
            ['cancelled', 5],
          ] as const)
        : rng.weighted([
            ['active', 86],
            ['cancelled', 9],
            ['revoked', 3],
            ['moved-out', 2],
          ] as const);
  const lifecycleDate =
    lifecycle === 'active'
      ? null
      : cstDate(cstMidnight(estDate) + rng.float() * (world.nowMs - cstMidnight(estDate)));

  const social = isSocialKind(kind) ? socialRegistrationFor(rng, kind, county, estYear) : null;
  const counter = index;
  const legacy =
    !pinned &&
    estDate < USCC_REFORM &&
    !social &&
    kind !== 'law-firm' &&
    rng.chance(world.noise.legacy);
  const orgCode = legacy
    ? completeOrgCode(legacyOrgCodeBody(counter, world.salt))
    : completeOrgCode(modernOrgCodeBody(profile.codePrefix, counter, world.salt));
  const usccDivision = social
    ? registrationDivision(social.level, county)
    : rng.weighted([
        [county.code, 75],
        [county.city.code6, 20],
        ['610000', 5],
      ] as const);
  const uscc =
    legacy && rng.chance(world.noise.legacyWithoutUscc)
      ? null
      : makeUscc(profile.usccCategory, usccDivision, orgCode.slice(0, 8));
  const regNo =
    isMarketKind(kind) && estDate < USCC_REFORM
      ? makeRegNo(county.code + regNoSequence(counter, world.salt))
      : null;

  const entType =
    kind === 'branch' && parent?.entType ? branchEntType(parent.entType) : entTypeFor(rng, kind);
  const conversion =
    kind === 'converted'
      ? {
          date: cstDate(
            Date.UTC(rng.int(Math.max(1998, estYear + 1), 2024), rng.int(0, 11), rng.int(1, 28)),
          ),
          fromType: rng.pick(['全民所有制', '集体所有制', '有限责任公司(国有独资)']),
          toType: rng.pick([
            '有限责任公司(自然人投资或控股)',
            '股份有限公司(非上市、自然人投资或控股)',
          ]),
        }
      : null;

  const trade = tradeName(counter);
  const siblings = parent ? parents.filter((o) => o.parent === parent).map((o) => o.name) : [];
  const naming = nameFor(rng, kind, county, trade, industry, parent, social, conversion, siblings);
  const hasAddressChange = rng.chance(0.05);
  const address = addressFor(rng, county, street.name, area);

  const org: TrueOrg = {
    id: orgId(index),
    index,
    kind,
    name: naming.name,
    formerNames: naming.formerNames,
    nameChangeDate:
      naming.formerNames.length > 0
        ? (conversion?.date ??
          cstDate(cstMidnight(estDate) + rng.float() * (world.nowMs - cstMidnight(estDate))))
        : null,
    uscc,
    orgCode,
    regNo,
    legacy,
    county,
    street9: street.code9,
    code12: street.code9 + String(rng.int(1, 30)).padStart(3, '0'),
    address,
    formerAddress: hasAddressChange ? addressFor(rng, county, street.name, null) : null,
    addressChangeDate: hasAddressChange
      ? cstDate(cstMidnight(estDate) + rng.float() * (world.nowMs - cstMidnight(estDate)))
      : null,
    industry,
    estDate,
    lifecycle,
    lifecycleDate,
    legalRep: personName(rng),
    regCapital: parent ? '' : regCapitalFor(rng, kind, employees),
    entType: conversion ? conversion.toType : entType,
    holding: parent ? parent.holding : profile.holding,
    institutionType: profile.institutionType,
    employees,
    revenueK: employees * rng.int(60, 600),
    fullMembers,
    probationaryMembers: rng.chance(0.12) ? rng.int(1, 2) : 0,
    instructorAssigned: false,
    parent,
    conversion,
    social,
    area,
    chambers: [],
    updatedAt: '',
    inTax: false,
    inStatistics: false,
    inFederation: false,
    pinned,
  };
  decidePresence(org, rng, world);
  org.updatedAt = updatedAtFor(org, rng, world.nowMs);
  return org;
}

/** Which departments besides the owning registry know the organization. */
function decidePresence(org: TrueOrg, rng: Rng, world: World): void {
  const p = KIND_PROFILES[org.kind];
  const active = org.lifecycle === 'active';
  const sizeBoost = org.employees >= 20 ? 0.35 : 0;
  org.inTax = org.pinned || rng.chance(active ? p.tax : p.tax * 0.7);
  org.inStatistics =
    org.pinned ||
    rng.chance(active ? Math.min(0.97, p.statistics + sizeBoost) : p.statistics * 0.15);
  if (org.kind === 'law-firm' && !org.inTax && !org.inStatistics) org.inTax = true;
  const privateKinds: OrgKind[] = [
    'private-company',
    'private-joint-stock',
    'sole-proprietorship',
    'partnership',
    'hmt-invested',
    'foreign-invested',
    'converted',
    'individual-business',
  ];
  if (active && privateKinds.includes(org.kind) && world.chambers.length > 0) {
    const pFed =
      (org.kind === 'individual-business' ? 0.02 : 0.06) +
      (org.employees >= 50 ? 0.3 : org.employees >= 10 ? 0.1 : 0);
    org.inFederation = rng.chance(pFed);
    if (org.inFederation && rng.chance(0.6)) {
      for (const chamber of rng.sample(world.chambers, rng.int(1, 2))) {
        org.chambers.push({
          index: chamber.index,
          role: rng.weighted([
            ['会员', 70],
            ['理事单位', 20],
            ['副会长单位', 8],
            ['会长单位', 2],
          ] as const),
        });
      }
    }
  }
}

/** Last change of the market-regulation record: in the past year, never before its latest event. */
function updatedAtFor(org: TrueOrg, rng: Rng, nowMs: number): string {
  const yearAgo = nowMs - 365 * DAY_MS;
  let ms = yearAgo + rng.float() * (nowMs - yearAgo);
  for (const date of [
    org.lifecycleDate,
    org.conversion?.date,
    org.nameChangeDate,
    org.addressChangeDate,
    org.estDate,
  ]) {
    if (date)
      ms = Math.max(
        ms,
        Math.min(nowMs - 1000, cstMidnight(date) + rng.int(3600, 3 * 86_400) * 1000),
      );
  }
  return cstDateTime(Math.floor(ms / 1000) * 1000);
}
