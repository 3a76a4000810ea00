import { parseXml, XmlCdata, XmlElement, XmlText } from '@rgrove/parse-xml';
import type { HttpClient } from '../shared/http-client';
import { fetchReadablePage, jsonPageReader, type PageReading } from '../shared/readable-page';
import { PeriodList, TAXPAYERS, type TaxpayerPage } from './streams';

/**
 * Reads one `<TaxpayerExport period page pages>` body. XML that is not well-formed (cut, invalid),
 * another root, or a page other than the one asked for is a problem, so the page is fetched again.
 * The parser is strict: a body it reads is well-formed, in one pass.
 */
export function readTaxpayerPage(
  text: string,
  period: string,
  page: number,
): PageReading<TaxpayerPage> {
  let root: XmlElement | null;
  try {
    root = parseXml(text).root;
  } catch (error) {
    return { problem: `invalid XML: ${(error as Error).message}` };
  }
  if (!root || root.name !== 'TaxpayerExport')
    return { problem: 'no <TaxpayerExport> root element with attributes' };
  const { period: exported, page: exportedPage, pages: exportedPages } = root.attributes;
  const pages = Number(exportedPages);
  if (
    exported !== period ||
    Number(exportedPage) !== page ||
    !Number.isInteger(pages) ||
    pages < 0
  ) {
    return {
      problem:
        `export says period=${String(exported)} page=${String(exportedPage)} ` +
        `pages=${String(exportedPages)}`,
    };
  }
  const taxpayers = root.children
    .filter((node): node is XmlElement => node instanceof XmlElement && node.name === 'Taxpayer')
    .map(valueOf);
  return { page: { period, page, pages, taxpayers } };
}

/**
 * An element as the landing payload keeps it: its trimmed text when it holds only text — every
 * field is text: NSRSBH, XZQHDM and DJRQ are digit strings whose leading zeros matter — else an
 * object of its attributes (`@name`) and child elements (a repeated one as a list).
 */
function valueOf(element: XmlElement): unknown {
  let value: Record<string, unknown> | null = null;
  let text = '';
  for (const node of element.children) {
    if (node instanceof XmlElement) {
      value ??= {};
      const previous = value[node.name];
      const next = valueOf(node);
      value[node.name] =
        previous === undefined
          ? next
          : Array.isArray(previous)
            ? [...previous, next]
            : [previous, next];
    } else if (node instanceof XmlText || node instanceof XmlCdata) {
      text += node.text;
    }
  }
  text = text.trim();
  const attributes = Object.keys(element.attributes);
  if (value === null && attributes.length === 0) return text;
  value ??= {};
  for (const name of attributes) value[`@${name}`] = element.attributes[name];
  // Mixed content (`<NSRMC><B>…</B>名称</NSRMC>`): the element's own text beside its children.
  if (text !== '') value['#text'] = text;
  return value;
}

/**
 * The taxpayer registry API (SPEC §4): `GET {base}/periods` (`{"periods": [YYYYMM, …]}` or a bare
 * array) and
 * `GET {base}/taxpayers?period&page` (XML). Unreadable bodies are fetched again, then quarantined.
 */
export class TaxpayerClient {
  constructor(
    private readonly http: HttpClient,
    private readonly baseUrl: string,
  ) {}

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
    const read = jsonPageReader(
      PeriodList,
      '{"periods": [YYYYMM, …]} or a bare array of YYYYMM periods',
    );
    const periods = await fetchReadablePage(this.http, {
      stream: TAXPAYERS,
      url: this.periodsUrl(),
      accept: 'application/json',
      read,
      signal,
    });
    return [...new Set(periods)].sort();
  }

  async fetchPage(period: string, page: number, signal?: AbortSignal): Promise<TaxpayerPage> {
    const read = (text: string) => readTaxpayerPage(text, period, page);
    return fetchReadablePage(this.http, {
      stream: TAXPAYERS,
      url: this.pageUrl(period, page),
      accept: 'application/xml',
      read,
      signal,
    });
  }
}
