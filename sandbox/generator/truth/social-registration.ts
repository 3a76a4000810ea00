import type { Rng } from '../rng';
import type { County } from '../reference/divisions';
import { SOCIAL_SERVICE_KINDS } from '../world/name-parts';
import type { OrgKind, RegistrationLevel, SocialRegistration } from './organization';

/** The civil-affairs office (登记管理机关) of a registration level. */
export function registrationAuthority(level: RegistrationLevel, county: County): string {
  if (level === 'national') return '民政部';
  if (level === 'provincial') return '陕西省民政厅';
  if (level === 'city') return `${county.city.name}民政局`;
  return `${county.name}民政局`;
}

/** Division code chars 3–8 of a USCC issued at that level. */
export function registrationDivision(level: RegistrationLevel, county: County): string {
  if (level === 'national') return '100000';
  if (level === 'provincial') return '610000';
  if (level === 'city') return county.city.code6;
  return county.code;
}

const SCOPES: Readonly<Record<string, string>> = {
  教育: '学历教育，职业技能培训；教学研究，教育咨询',
  卫生健康: '预防保健、内科、外科、中医科；医学检验，医学影像',
  社会团体: '学术交流，业务培训，咨询服务；编辑会刊,举办展览',
  商会: '反映会员诉求，维护会员合法权益；组织考察交流，开展"招商引资"服务',
  基金会: '资助扶贫济困，助学助医；开展公益项目',
  default: '开展社会服务，提供咨询；组织公益活动',
};

/** Registration facts of a social organization; `name` decides the scope text of chambers. */
export function socialRegistrationFor(
  rng: Rng,
  kind: OrgKind,
  county: County,
  estYear: number,
  level?: RegistrationLevel,
): SocialRegistration {
  const lvl: RegistrationLevel =
    level ??
    (kind === 'social-group'
      ? rng.weighted([
          ['national', 5],
          ['provincial', 25],
          ['city', 35],
          ['county', 35],
        ] as const)
      : kind === 'foundation'
        ? rng.weighted([
            ['provincial', 75],
            ['city', 25],
          ] as const)
        : rng.weighted([
            ['city', 30],
            ['county', 70],
          ] as const));
  const authority = registrationAuthority(lvl, county);
  const cityOrProvince = lvl === 'provincial' || lvl === 'national' ? '陕西省' : county.city.name;
  switch (kind) {
    case 'private-school':
      return {
        type: newServiceType(rng, estYear),
        level: lvl,
        authority,
        supervisor: lvl === 'provincial' ? '陕西省教育厅' : `${county.city.name}教育局`,
        category: '教育',
        scope: SCOPES.教育,
      };
    case 'private-hospital':
      return {
        type: newServiceType(rng, estYear),
        level: lvl,
        authority,
        supervisor: `${county.city.name}卫生健康委员会`,
        category: '卫生健康',
        scope: SCOPES.卫生健康,
      };
    case 'social-service': {
      const [, category] = rng.pick(SOCIAL_SERVICE_KINDS);
      return {
        type: newServiceType(rng, estYear),
        level: lvl,
        authority,
        supervisor: rng.chance(0.5) ? '' : `${county.city.name}民政局`,
        category,
        scope: SCOPES.default,
      };
    }
    case 'foundation':
      return {
        type: '基金会',
        level: lvl,
        authority,
        supervisor: rng.chance(0.6) ? '' : `${cityOrProvince}慈善协会`,
        category: '社会服务',
        scope: SCOPES.基金会,
      };
    case 'chamber':
      return {
        type: '社会团体',
        level: lvl,
        authority,
        supervisor: `${cityOrProvince === '陕西省' ? '陕西省' : county.city.name}工商业联合会`,
        category: '商贸',
        scope: SCOPES.商会,
      };
    default:
      return {
        type: '社会团体',
        level: lvl,
        authority,
        supervisor: rng.chance(0.5) ? '' : `${cityOrProvince}科学技术协会`,
        category: rng.pick(['科技', '文化', '体育', '社会服务', '农业', '其他']),
        scope: SCOPES.社会团体,
      };
  }
}

/** 社会服务机构 is the post-2016 (Charity Law) name of 民办非企业单位; older registrations keep the old one. */
function newServiceType(rng: Rng, estYear: number): '民办非企业单位' | '社会服务机构' {
  if (estYear >= 2017) return rng.chance(0.8) ? '社会服务机构' : '民办非企业单位';
  return rng.chance(0.15) ? '社会服务机构' : '民办非企业单位';
}
