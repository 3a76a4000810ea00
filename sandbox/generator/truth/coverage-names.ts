import type { Area } from '../world/areas';
import type { TrueOrg } from './organization';

const SUFFIX: Readonly<Record<string, string>> = {
  党委: '委员会',
  党总支: '总支部委员会',
  党支部: '支部委员会',
  联合党支部: '联合支部委员会',
  临时党支部: '临时支部委员会',
};

function ordinal(chunkNo: number): string {
  return chunkNo > 0 ? `第${chunkNo + 1}` : '';
}

/** Name of a Party organization, e.g. 中共陕西某某科技有限公司支部委员会. */
export function partyOrgName(
  level: string,
  covered: readonly TrueOrg[],
  area: Area | null,
  sponsor: TrueOrg | null,
  chunkNo: number,
): string {
  const suffix = level === '党委' && covered.length > 1 ? '联合委员会' : SUFFIX[level];
  if (area) return `中共${area.name}${ordinal(chunkNo)}${suffix}`;
  if (sponsor) return `中共${sponsor.name}行业${ordinal(chunkNo)}${suffix}`;
  if (covered.length > 1) return `中共${covered[0].name}等${covered.length}家单位${suffix}`;
  return `中共${covered[0].name}${suffix}`;
}

/** Name of a union, e.g. 陕西某某科技有限公司工会委员会 / 某某园区联合工会委员会. */
export function unionName(
  covered: readonly TrueOrg[],
  area: Area | null,
  sponsor: TrueOrg | null,
  chunkNo: number,
): string {
  if (area) return `${area.name}${ordinal(chunkNo)}联合工会委员会`;
  if (sponsor) return `${sponsor.name}${ordinal(chunkNo)}行业工会联合会`;
  if (covered.length > 1) return `${covered[0].name}等${covered.length}家单位联合工会委员会`;
  return `${covered[0].name}工会委员会`;
}
