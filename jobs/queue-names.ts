/** The hub's BullMQ queues: one per pipeline stage, plus the schedule that starts syncs. */
export const QUEUE = {
  /** Pull one feed into the landing zone. */
  pull: 'pull',
  /** Resolve landed records into the organization graph (parent of the pulls of one sync). */
  resolve: 'resolve',
  /** Re-evaluate the coverage rules for what resolution changed (parent of the resolve job). */
  coverage: 'coverage',
  /** Fired by job schedulers: starts a sync flow for a feed. */
  schedule: 'schedule',
  /** Post one change to one webhook subscription (retried with backoff). */
  webhook: 'webhook',
} as const;

export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];
