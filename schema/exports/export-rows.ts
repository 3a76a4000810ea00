import type { Pool } from 'pg';
import { ACTIVE_RULE_SETS } from '../../src/config/rule-sets';
import { GapOrder } from '../coverage/gap.type';
import { gapPage } from '../coverage/gaps-query';
import { discrepancyPage } from '../discrepancies/discrepancies-query';
import { discrepancyRow, gapRow, type ExportRow } from './export-columns';
import type { DiscrepancyExportParams, GapExportParams } from './export-params';

/** Rows per query while exporting: large enough to be quick, small enough to keep memory flat. */
export const EXPORT_PAGE_SIZE = 5000;

/**
 * The rows of a gap list, page by page along the same keyset query as `gaps` (organization id
 * order): only one page is held at a time, and a consumer that stops (client gone) stops the
 * paging.
 */
export async function* gapRows(
  pool: Pool,
  params: GapExportParams,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<ExportRow> {
  let after: string | undefined;
  for (;;) {
    const page = await gapPage(
      pool,
      params.ruleSet,
      params.rule,
      params.filter,
      GapOrder.ORGANIZATION_ID,
      pageSize,
      after,
    );
    const { thresholds } = ACTIVE_RULE_SETS[params.ruleSet];
    for (const edge of page.rows) yield gapRow(edge.node, thresholds);
    if (!page.hasNextPage || page.rows.length === 0) return;
    after = page.rows[page.rows.length - 1].cursor;
  }
}

/** The rows of a discrepancy list, page by page along the `discrepancies` keyset query. */
export async function* discrepancyRows(
  pool: Pool,
  params: DiscrepancyExportParams,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<ExportRow> {
  let after: string | undefined;
  for (;;) {
    const page = await discrepancyPage(
      pool,
      params.source,
      params.field,
      pageSize,
      after,
      params.region,
    );
    for (const edge of page.rows) yield discrepancyRow(edge.node);
    if (!page.hasNextPage || page.rows.length === 0) return;
    after = page.rows[page.rows.length - 1].cursor;
  }
}
