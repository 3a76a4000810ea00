import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { HttpClient } from '../shared/http-client';
import { fetchReadablePage, jsonPageReader, type PageReading } from '../shared/readable-page';
import { PeriodList, TAXPAYERS, type TaxpayerPage } from './streams';

// Text stays text: NSRSBH, XZQHDM and DJRQ are digit strings whose leading zeros matter.
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (_name, jPath) => jPath === 'TaxpayerExport.Taxpayer',
});

/**
 * Reads one `<TaxpayerExport period page pages>` body. Invalid or cut XML (XMLValidator), another
 * root, or a page other than the one asked for is a problem, so the page is fetched again.
 */
export function readTaxpayerPage(text: string, period: string, page: number): PageReading<TaxpayerPage> {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { problem: `invalid XML: ${valid.err.code} ${valid.err.msg} (line ${valid.err.line})` };
  const root = (xml.parse(text) as Record<string, unknown>).TaxpayerExport as Record<string, unknown> | undefined;
  if (!root || typeof root !== 'object') return { problem: 'no <TaxpayerExport> root element with attributes' };
  const pages = Number(root['@pages']);
  if (root['@period'] !== period || Number(root['@page']) !== page || !Number.isInteger(pages) || pages < 0) {
    return { problem: `export says period=${String(root['@period'])} page=${String(root['@page'])} pages=${String(root['@pages'])}` };
  }
  const taxpayers = root.Taxpayer;
  return { page: { period, page, pages, taxpayers: Array.isArray(taxpayers) ? taxpayers : [] } };
}

/**
 * The taxpayer registry API (SPEC §4): `GET {base}/periods` (a JSON array of `YYYYMM`) and
 * `GET {base}/taxpayers?period&page` (XML). Unreadable bodies are fetched again, then quarantined.
 */
export class TaxpayerClient {
  constructor(private readonly http: HttpClient, private readonly baseUrl: string) {}

  periodsUrl(): string {
    return `${this.baseUrl}/periods`;
  }

  pageUrl(period: string, page: number): string {
    const url = new URL(`${this.baseUrl}/taxpayers`);
    url.searchParams.set('period', period);
    url.searchParams.set('page', String(page));
    return url.toString();
  }

  /** The published periods, oldest first, without repeats. */
  async fetchPeriods(signal?: AbortSignal): Promise<string[]> {
    const read = jsonPageReader(PeriodList, 'a JSON array of YYYYMM periods');
    const periods = await fetchReadablePage(this.http, { stream: TAXPAYERS, url: this.periodsUrl(), accept: 'application/json', read, signal });
    return [...new Set(periods)].sort();
  }

  async fetchPage(period: string, page: number, signal?: AbortSignal): Promise<TaxpayerPage> {
    const read = (text: string) => readTaxpayerPage(text, period, page);
    return fetchReadablePage(this.http, { stream: TAXPAYERS, url: this.pageUrl(period, page), accept: 'application/xml', read, signal });
  }
}
