import type { Rng } from '../rng';
import { CITIES, COUNTIES, type County } from '../reference/divisions';
import { completeOrgCode } from '../identifiers/organization-code';
import { makeUscc } from '../identifiers/uscc';
import { modernOrgCodeBody } from '../identifiers/code-space';
import { INDUSTRY_CLASSES } from '../reference/industry-classes';
import { ASSOCIATION_INDUSTRIES, CHAMBER_ORIGINS } from '../world/name-parts';
import { cstDate, cstDateTime, DAY_MS } from '../world/dates';
import { personName } from '../world/org-names';
import { addressFor } from './org-attributes';
import type { TrueOrg } from './organization';
import { registrationDivision, socialRegistrationFor } from './social-registration';
import { orgId } from './build-organization';

/** How many chambers / associations a province of `orgs` organizations gets. */
export function chamberCount(orgs: number): number {
  return Math.min(400, Math.max(3, Math.round(orgs / 800)), Math.max(0, orgs - 10));
}

/**
 * Chambers of commerce (商会, by home province) and industry associations (行业协会): social groups
 * registered by civil affairs, 团体会员 of the federation, and sponsors of industry (行业性)
 * Party organizations and unions. They take the first organization indexes.
 */
export function buildChambers(count: number, rng: Rng, nowMs: number, salt: number): TrueOrg[] {
  const combos: { scope: 'province' | number; label: string }[] = [];
  for (const scope of ['province', ...CITIES.map((_, i) => i)] as const) {
    for (const o of CHAMBER_ORIGINS) combos.push({ scope, label: `${o}商会` });
    for (const ind of ASSOCIATION_INDUSTRIES) combos.push({ scope, label: `${ind}行业协会` });
  }
  const industry = INDUSTRY_CLASSES.find((r) => r[0] === '9522') ?? INDUSTRY_CLASSES[0];
  return rng.sample(combos, count).map((combo, index) => {
    const provincial = combo.scope === 'province';
    const city = provincial ? CITIES[0] : CITIES[combo.scope as number];
    const counties = COUNTIES.filter((c) => c.city.code4 === city.code4);
    const county: County = rng.pick(
      counties.filter((c) => c.name.endsWith('区')).length > 0
        ? counties.filter((c) => c.name.endsWith('区'))
        : counties,
    );
    const street = rng.pick(county.streets);
    const social = socialRegistrationFor(
      rng,
      'chamber',
      county,
      2010,
      provincial ? 'provincial' : 'city',
    );
    const orgCode = completeOrgCode(modernOrgCodeBody('MJ', index, salt));
    const estDate = cstDate(Date.UTC(rng.int(2000, 2022), rng.int(0, 11), rng.int(1, 28)));
    const employees = rng.int(3, 40);
    return {
      id: orgId(index),
      index,
      kind: 'chamber',
      name: `${provincial ? '陕西省' : city.name}${combo.label}`,
      formerNames: [],
      nameChangeDate: null,
      uscc: makeUscc('51', registrationDivision(social.level, county), orgCode.slice(0, 8)),
      orgCode,
      regNo: null,
      legacy: false,
      county,
      street9: street.code9,
      code12: `${street.code9}001`,
      address: addressFor(rng, county, street.name, null),
      formerAddress: null,
      addressChangeDate: null,
      industry,
      estDate,
      lifecycle: 'active',
      lifecycleDate: null,
      legalRep: personName(rng),
      regCapital: '',
      entType: null,
      holding: '9',
      institutionType: '40',
      employees,
      revenueK: employees * 80,
      fullMembers: rng.int(0, 6),
      probationaryMembers: 0,
      instructorAssigned: false,
      parent: null,
      conversion: null,
      social,
      area: null,
      chambers: [],
      updatedAt: cstDateTime(nowMs - rng.int(1, 360) * DAY_MS),
      inTax: rng.chance(0.4),
      inStatistics: rng.chance(0.6),
      inFederation: true,
      pinned: false,
    } satisfies TrueOrg;
  });
}
