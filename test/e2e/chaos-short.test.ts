import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChaos, type ChaosOptions } from '../../bench/chaos/chaos-run';

/**
 * The short version of `npm run chaos`: a small province synced once cleanly and once through
 * worker kills, a Redis kill and restart, a PostgreSQL crash restart and 20% faulted feed requests,
 * on private servers; the faulted sync must succeed without a rerun and reach the same graph.
 */
describe('a sync through faults (short chaos run)', () => {
  const provinceDir = mkdtempSync(join(tmpdir(), 'hub-chaos-test-'));
  afterAll(() => rmSync(provinceDir, { recursive: true, force: true }));

  const base: ChaosOptions = {
    orgs: 1500,
    seed: 3,
    kills: 4,
    workers: 2,
    faultRate: 0.2,
    redisRestart: true,
    postgresCrash: true,
    http10: false,
    killEveryMs: 1500,
    provinceDir,
    log: () => undefined,
  };

  it.each([
    ['the sandbox registries', false],
    ['a plain HTTP/1.0 server in front of them', true],
  ])(
    "ends in the clean run's graph, feeds served by %s",
    async (_name, http10) => {
      const report = await runChaos({ ...base, http10 });
      expect(report.chaos.faults).toMatchObject({ kills: 4, redisRestarts: 1, postgresCrashes: 1 });
      expect(report.chaos.syncExit).toEqual({ code: 0, signal: null });
      expect(report.chaos.unexpectedExits).toEqual([]);
      expect(report.chaos.unclean).toEqual([]);
      expect({ stuck: report.chaos.stuckJobs, running: report.chaos.runsLeftRunning }).toEqual({
        stuck: 0,
        running: 0,
      });
      expect(report.chaos.records).toEqual(report.clean.records);
      expect(report.chaos.versions).toEqual(report.clean.versions);
      expect(report.chaos.digests).toEqual(report.clean.digests);
      expect(report.clean.organizations).toBeGreaterThan(1400);
      expect(report.converged).toBe(true);
    },
    300_000,
  );
});
