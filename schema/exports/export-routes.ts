import type express from 'express';
import { GraphQLError } from 'graphql';
import type { Pool } from 'pg';
import { chinaDate } from '../../src/canonical/dates';
import { ACTIVE_RULE_SETS } from '../../src/config/rule-sets';
import { divisionName } from '../../src/reference/divisions';
import { logger } from '../../src/runtime/logger';
import { FIELD_LABELS, sourceLabel } from '../discrepancies/discrepancy-labels';
import { streamCsv } from './csv-export';
import {
  DISCREPANCY_COLUMNS,
  GAP_COLUMNS,
  gapRuleLabel,
  type ExportColumn,
  type ExportRow,
} from './export-columns';
import {
  DISCREPANCY_PARAMETERS,
  FOLLOW_UP_PARAMETERS,
  ExportParameterError,
  GAP_PARAMETERS,
  parseDiscrepancyParams,
  parseFollowUpParams,
  parseGapParams,
} from './export-params';
import { EXPORT_PAGE_SIZE, discrepancyRows, gapRows } from './export-rows';
import { streamXlsx } from './xlsx-export';
import { FOLLOW_UP_COLUMNS, followUpRows, organizationNames } from './follow-up-export';
import type { Identity } from '../../src/access/identity';
import type { SourceId } from '../../src/model/feeds';
import { requireCapability, regionFor, scopedFilter, sourceFor } from '../access/access-guard';
import type { RequestAuditLog } from '../access/request-audit-log';
import { identityOf } from '../server/http-access';

const FORMATS = ['csv', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];

const CONTENT_TYPES: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** One download: its file name (Chinese, and an ASCII fallback), sheet, columns and rows. */
interface ExportJob {
  fileName: string;
  asciiName: string;
  sheetName: string;
  columns: ExportColumn[];
  rows: AsyncGenerator<ExportRow>;
}

export interface ExportDependencies {
  pool: Pool;
  audit: RequestAuditLog;
  /** Rows per query (tests use a small one to cross page boundaries). */
  pageSize?: number;
}

/**
 * Mounts the downloads: `GET /exports` (what is available, with parameters and columns) and
 * `GET /exports/gaps.{csv,xlsx}`, `GET /exports/discrepancies.{csv,xlsx}`, streamed page by page.
 */
export function mountExports(
  app: express.Express,
  deps: ExportDependencies,
  access: express.RequestHandler[],
): void {
  const pageSize = deps.pageSize ?? EXPORT_PAGE_SIZE;
  app.get('/exports', ...access, (_req, res) => {
    res.json(exportIndex());
  });
  const audited = { audit: deps.audit };
  for (const format of FORMATS) {
    app.get(`/exports/gaps.${format}`, ...access, (req, res) =>
      serve(req, res, format, audited, (identity) => {
        requireCapability(identity, 'gaps:read');
        const parsed = parseGapParams(req.query);
        const params = { ...parsed, filter: scopedFilter(identity, parsed.filter) ?? {} };
        const region = params.filter.region
          ? `_${divisionName(params.filter.region.padEnd(6, '0')) ?? params.filter.region}`
          : '';
        const { thresholds } = ACTIVE_RULE_SETS[params.ruleSet];
        const rule = gapRuleLabel(params.rule, thresholds).replace(' ', '_');
        return {
          fileName: `覆盖缺口_${rule}${region}_${chinaDate(new Date())}`,
          asciiName: `gaps-${params.rule}-${chinaDate(new Date())}`,
          sheetName: '覆盖缺口',
          columns: GAP_COLUMNS,
          rows: gapRows(deps.pool, params, pageSize),
        };
      }),
    );
    app.get(`/exports/follow-ups.${format}`, ...access, (req, res) =>
      serve(req, res, format, audited, (identity) => {
        requireCapability(identity, 'followup:read');
        const parsed = parseFollowUpParams(req.query);
        const params = { ...parsed, region: regionFor(identity, parsed.region) };
        return {
          fileName: `跟进个案_${chinaDate(new Date())}`,
          asciiName: `follow-ups-${chinaDate(new Date())}`,
          sheetName: '跟进个案',
          columns: FOLLOW_UP_COLUMNS,
          rows: followUpRows(
            deps.pool,
            params,
            (ids) => organizationNames(deps.pool, ids),
            pageSize,
          ),
        };
      }),
    );
    app.get(`/exports/discrepancies.${format}`, ...access, (req, res) =>
      serve(req, res, format, audited, (identity) => {
        requireCapability(identity, 'discrepancies:read');
        const parsed = parseDiscrepancyParams(req.query);
        const params = {
          ...parsed,
          source: sourceFor(identity, parsed.source) as SourceId,
          region: regionFor(identity, undefined),
        };
        return {
          fileName:
            `数据差异_${sourceLabel(params.source)}_${FIELD_LABELS[params.field]}_` +
            `${chinaDate(new Date())}`,
          asciiName: `discrepancies-${params.source}-${params.field}-${chinaDate(new Date())}`,
          sheetName: '数据差异',
          columns: DISCREPANCY_COLUMNS,
          rows: discrepancyRows(deps.pool, params, pageSize),
        };
      }),
    );
  }
}

/**
 * Validates, reads the first page (so a bad filter or a database failure is still a JSON error
 * with a status), then sends the headers and streams the rest.
 */
async function serve(
  req: express.Request,
  res: express.Response,
  format: Format,
  deps: { audit: RequestAuditLog },
  prepare: (identity: Identity) => ExportJob,
): Promise<void> {
  const started = performance.now();
  const identity = identityOf(res);
  let rowCount = 0;
  const audit = (outcome: string) =>
    deps.audit.record({
      at: new Date(),
      identity,
      kind: 'export',
      operation: req.path,
      variables: { ...(req.query as Record<string, unknown>) },
      rows: outcome === 'ok' ? rowCount : null,
      outcome,
      durationMs: performance.now() - started,
    });
  let job: ExportJob;
  let first: IteratorResult<ExportRow>;
  try {
    job = prepare(identity);
    first = await job.rows.next();
  } catch (error) {
    const code = error instanceof GraphQLError ? String(error.extensions.code) : null;
    audit(error instanceof ExportParameterError ? 'BAD_USER_INPUT' : (code ?? 'ERROR'));
    if (code === 'FORBIDDEN') {
      res.status(403).json({ error: error instanceof Error ? error.message : 'forbidden' });
    } else if (error instanceof ExportParameterError) {
      res
        .status(400)
        .json({ error: error.message, parameter: error.parameter, allowed: error.allowed });
    } else if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
      res.status(400).json({ error: error.message });
    } else {
      logger.error({ err: error }, 'export failed');
      res.status(500).json({ error: 'export failed' });
    }
    return;
  }
  res.status(200).set({
    'Content-Type': CONTENT_TYPES[format],
    'Content-Disposition': attachment(`${job.fileName}.${format}`, `${job.asciiName}.${format}`),
    'Cache-Control': 'no-store',
  });
  const rows = counted(resume(first, job.rows), () => rowCount++);
  try {
    if (format === 'csv') await streamCsv(res, job.columns, rows);
    else await streamXlsx(res, job.sheetName, job.columns, rows);
  } catch (error) {
    // A client that leaves mid-download is normal; anything else is cut off and logged.
    const clientLeft = res.destroyed && !res.writableFinished;
    if (!clientLeft) logger.error({ err: error }, 'export stream failed');
    res.destroy();
  } finally {
    await rows.return(undefined);
    audit(res.writableFinished ? 'ok' : 'INTERRUPTED');
  }
}

async function* counted(
  rows: AsyncGenerator<ExportRow>,
  count: () => void,
): AsyncGenerator<ExportRow> {
  for await (const row of rows) {
    count();
    yield row;
  }
}

/** The first row (already read) followed by the rest; closing it closes the underlying source. */
async function* resume(
  first: IteratorResult<ExportRow>,
  rest: AsyncGenerator<ExportRow>,
): AsyncGenerator<ExportRow> {
  if (first.done) return;
  yield first.value;
  yield* rest;
}

/**
 * `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987) that browsers save
 * under.
 */
export function attachment(fileName: string, asciiName: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return (
    `attachment; filename="${asciiName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; ` +
    `filename*=UTF-8''${encoded}`
  );
}

/** What `GET /exports` answers: every download with its parameters and columns. */
export function exportIndex() {
  const formats = (name: string) => FORMATS.map((f) => `/exports/${name}.${f}`);
  return {
    description:
      'Downloads of the gap lists and discrepancy reports: CSV (UTF-8 with BOM) or XLSX, ' +
      'streamed; Chinese column headers.',
    exports: [
      {
        name: 'gaps',
        title: '两个覆盖缺口清单',
        paths: formats('gaps'),
        parameters: GAP_PARAMETERS,
        columns: GAP_COLUMNS.map((c) => c.header),
        example: '/exports/gaps.xlsx?rule=U1_NO_STANDALONE_UNION&region=6101',
      },
      {
        name: 'discrepancies',
        title: '部门数据差异反馈',
        paths: formats('discrepancies'),
        parameters: DISCREPANCY_PARAMETERS,
        columns: DISCREPANCY_COLUMNS.map((c) => c.header),
        example: '/exports/discrepancies.csv?source=tax&field=STATUS',
      },
      {
        name: 'follow-ups',
        title: '跟进个案',
        paths: formats('follow-ups'),
        parameters: FOLLOW_UP_PARAMETERS,
        columns: FOLLOW_UP_COLUMNS.map((c) => c.header),
        example: '/exports/follow-ups.xlsx?state=OPEN,CONTACTED&region=610113',
      },
    ],
    errors: 'A bad parameter answers 400 with {error, parameter, allowed}.',
  };
}
