import type { Pool } from 'pg';
import { SOURCE_IDS, isSourceId, type SourceId } from '../../src/model/feeds';
import { badInput } from '../pagination/relay';
import { absentCount, absentPage } from './absent-discrepancies';
import { attributeCount, attributePage } from './attribute-discrepancies';
import { DiscrepancyField } from './discrepancy.type';
import { decodePosition, type DiscrepancyPage } from './discrepancy-rows';
import { feedbackCount, feedbackPage } from './feedback-discrepancies';
import { identifierCount, identifierPage } from './identifier-discrepancies';

export type { DiscrepancyPage } from './discrepancy-rows';

/** The source as a feed id; the error names the seven allowed values. */
export function sourceOrError(source: string): SourceId {
  if (!isSourceId(source))
    throw badInput(`"source" must be one of ${SOURCE_IDS.join(', ')}; got "${source}"`);
  return source;
}

/**
 * One page of a discrepancy list, keyset-paged after `after` (one indexed SQL statement per page;
 * see the query of each field for the index it walks).
 */
export function discrepancyPage(
  pool: Pool,
  source: SourceId,
  field: DiscrepancyField,
  limit: number,
  after?: string | null,
  region?: string,
): Promise<DiscrepancyPage> {
  const position = decodePosition(field, after);
  switch (field) {
    case DiscrepancyField.IDENTIFIER:
      return identifierPage(pool, source, limit, position, region);
    case DiscrepancyField.ABSENT:
      return absentPage(pool, source, limit, position, region);
    case DiscrepancyField.FEEDBACK:
      return feedbackPage(pool, source, limit, position, region);
    default:
      return attributePage(pool, source, field, limit, position, region);
  }
}

/** All discrepancies of the list (a full pass over the source's records; on request only). */
export function discrepancyCount(
  pool: Pool,
  source: SourceId,
  field: DiscrepancyField,
  region?: string,
): Promise<number> {
  switch (field) {
    case DiscrepancyField.IDENTIFIER:
      return identifierCount(pool, source, region);
    case DiscrepancyField.ABSENT:
      return absentCount(pool, source, region);
    case DiscrepancyField.FEEDBACK:
      return feedbackCount(pool, source, region);
    default:
      return attributeCount(pool, source, field, region);
  }
}
