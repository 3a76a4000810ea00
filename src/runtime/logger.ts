import pino from 'pino';

/** The hub's one logger: JSON lines on stderr, so command output on stdout stays clean. */
export const logger = pino(
  {
    level: process.env.LOG_LEVEL || (process.env.JEST_WORKER_ID ? 'silent' : 'info'),
    base: { pid: process.pid },
  },
  pino.destination(2),
);

export type Logger = typeof logger;
