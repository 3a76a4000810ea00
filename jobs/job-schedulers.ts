import type { Queue } from 'bullmq';
import { FEEDS, SOURCE_IDS, sourceEnvName, type SourceId } from '../src/model/feeds';

/** How often each feed is pulled by default (the feed catalog's schedules). */
export const DEFAULT_SCHEDULES = Object.fromEntries(
  SOURCE_IDS.map((source) => [source, FEEDS[source].schedule]),
) as Record<SourceId, string>;

/**
 * Upserts one job scheduler per feed (and removes those switched off). Run by
 * exactly one process, `hub scheduler` (or `hub start`); BullMQ fires the jobs into the schedule
 * queue, whose worker starts a sync flow.
 */
export async function upsertSyncSchedulers(
  queue: Queue,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Record<string, string>> {
  const active: Record<string, string> = {};
  for (const source of SOURCE_IDS) {
    const id = `sync:${source}`;
    const pattern = env[`HUB_SCHEDULE_${sourceEnvName(source)}`] || DEFAULT_SCHEDULES[source];
    if (pattern === 'off') {
      await queue.removeJobScheduler(id);
      continue;
    }
    await queue.upsertJobScheduler(
      id,
      { pattern, tz: 'Asia/Shanghai' },
      { name: id, data: { source } },
    );
    active[source] = pattern;
  }
  // Rules depend on the date (events and registrations take effect on their day): re-evaluate
  // nightly.
  const nightly = env.HUB_SCHEDULE_COVERAGE_REFRESH || DEFAULT_COVERAGE_REFRESH;
  if (nightly === 'off') await queue.removeJobScheduler(COVERAGE_REFRESH);
  else {
    await queue.upsertJobScheduler(
      COVERAGE_REFRESH,
      { pattern: nightly, tz: 'Asia/Shanghai' },
      { name: COVERAGE_REFRESH, data: {} },
    );
    active[COVERAGE_REFRESH] = nightly;
  }
  return active;
}

/** The scheduled job that re-evaluates every organization's coverage. */
export const COVERAGE_REFRESH = 'coverage:refresh';
export const DEFAULT_COVERAGE_REFRESH = '30 1 * * *';
