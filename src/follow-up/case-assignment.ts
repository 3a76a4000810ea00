import { gapFounds } from '../model/rule-flags';
import { divisionName } from '../reference/divisions';

/**
 * Whose case a gap is when nobody is named: the region's organization department (党委组织部) for
 * a Party organization to found, its trade union federation (总工会) for a union. Pure.
 */
export function regionBody(region: string | null, gapRule: string): string {
  const place = region ? (divisionName(region) ?? region) : '陕西省';
  return `${place}${gapFounds(gapRule) === 'party' ? '党委组织部' : '总工会'}`;
}
