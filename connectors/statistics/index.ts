import type { Batch } from '../../src/landing/batch';
import type { Connector, PullContext } from '../shared/connector';
import { inboxOf } from '../shared/drop-inbox';
import { pullDropFeed } from '../shared/drop-pull';
import { StatisticsConfig } from './config';
import { UNITS, UNITS_FILE } from './streams';
import { readUnitWorkbook } from './workbook-reader';

/**
 * Statistics (统计) basic-unit directory: a quarterly workbook `units_YYYYQn.xlsx`, one sheet per
 * city. Each new workbook (name + SHA-256) is read once, sheet by sheet, in batches. It is not a
 * snapshot in the landing sense: a unit missing from a quarter is not marked absent.
 */
export const statisticsConnector: Connector = {
  source: 'statistics',
  streams: [UNITS],
  pull(context: PullContext): AsyncIterable<Batch> {
    const config = StatisticsConfig.parse({
      ...context.feed.options,
      inbox: inboxOf(context.feed),
    });
    return pullDropFeed(
      context,
      {
        source: 'statistics',
        stream: UNITS,
        pattern: UNITS_FILE,
        snapshot: false,
        read: readUnitWorkbook,
      },
      config,
    );
  },
};
