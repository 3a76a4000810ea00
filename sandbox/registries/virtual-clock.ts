/**
 * The sandbox's notion of "now": the generated data's own `now` (manifest) plus the real time
 * elapsed since start, or the real clock when that is later. Data generated for 2026-11-24
 * therefore never lies in the sandbox's future.
 */
export function virtualClock(dataNowMs: number | null): () => Date {
  const startedReal = Date.now();
  return () => {
    const real = Date.now();
    if (dataNowMs === null) return new Date(real);
    return new Date(Math.max(real, dataNowMs + (real - startedReal)));
  };
}

const CST_OFFSET_MS = 8 * 3600 * 1000;

/** ISO 8601 with `+08:00`, second precision (the feeds' time format). */
export function cstIso(date: Date): string {
  const d = new Date(date.getTime() + CST_OFFSET_MS);
  const p = (n: number): string => String(n).padStart(2, '0');
  return (
    `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}T` +
    `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}+08:00`
  );
}
