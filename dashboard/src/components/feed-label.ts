import { FEEDS, isSourceId } from '../../../src/model/feeds';

/**
 * A feed as its department's clerks name it (市场监管, 税务…); in English (`language` 'en') its
 * id; an id the catalog lacks as it is. The catalog is plain data, safe in the browser bundle.
 */
export function feedLabel(source: string, language?: string): string {
  if (language === 'en' || !isSourceId(source)) return source;
  return FEEDS[source].label;
}
