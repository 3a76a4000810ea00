/**
 * Resolves on the first SIGINT or SIGTERM and keeps handling later ones, so a second signal (a
 * terminal's Ctrl-C reaches both `npm` and the hub) cannot kill the process halfway through its
 * clean shutdown and orphan the database or Redis it started.
 */
export function shutdownSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let received = false;
    const handler = (signal: NodeJS.Signals) => {
      if (received) return;
      received = true;
      resolve(signal);
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
  });
}
