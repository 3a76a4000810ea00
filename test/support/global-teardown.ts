/** Stops whatever global-setup started (nothing when the machine's services were used). */
export default async function globalTeardown(): Promise<void> {
  const stops =
    (globalThis as { __hubTestStops?: Array<() => Promise<void>> }).__hubTestStops ?? [];
  for (const stop of stops) await stop();
}
