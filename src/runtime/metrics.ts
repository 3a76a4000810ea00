import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The process's Prometheus registry, served at `/metrics`. */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'hub_' });

export const recordsLanded = new Counter({
  name: 'hub_records_landed_total',
  help: 'Records landed, by feed and outcome (new, changed, unchanged, quarantined).',
  labelNames: ['source', 'outcome'],
  registers: [metricsRegistry],
});

export const stageDuration = new Histogram({
  name: 'hub_stage_duration_seconds',
  help: 'Duration of pipeline stage jobs (pull, resolve, coverage).',
  labelNames: ['stage', 'source'],
  buckets: [0.1, 0.5, 1, 5, 15, 60, 300, 1200],
  registers: [metricsRegistry],
});
