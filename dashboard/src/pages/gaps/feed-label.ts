import { FEEDS } from '../../../../src/model/feeds';

/** A feed id as its department is named (市场监管, 税务…), the id itself when unknown. */
export function feedLabel(source: string | null | undefined): string | undefined {
  if (!source) return undefined;
  return source in FEEDS ? FEEDS[source as keyof typeof FEEDS].label : source;
}
