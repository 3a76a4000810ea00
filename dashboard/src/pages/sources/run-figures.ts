/** How long a run took, in seconds (null while running or without times). */
export function runSeconds(
  startedAt: string,
  finishedAt: string | null | undefined,
): number | null {
  if (!finishedAt) return null;
  const ms = Date.parse(finishedAt) - Date.parse(startedAt);
  return Number.isFinite(ms) && ms >= 0 ? ms / 1000 : null;
}

/** A duration as people write it: 0.4 s, 12 s, 3 min 05 s, 1 h 02 min. */
export function durationText(seconds: number | null): string {
  if (seconds === null) return '—';
  if (seconds < 10) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes} min ${String(whole % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** The counts of a run, in the order the page shows them. */
export const RUN_COUNTS = ['fetched', 'new', 'changed', 'unchanged', 'quarantined'] as const;

export type RunCount = (typeof RUN_COUNTS)[number];

/** Ant Design tag colour of a feed's or run's state. */
export function stateColor(state: string): string {
  switch (state) {
    case 'SUCCEEDED':
      return 'green';
    case 'FAILED':
      return 'red';
    case 'RUNNING':
      return 'processing';
    default:
      return 'default';
  }
}
