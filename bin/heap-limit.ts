import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { constants } from 'node:os';

/**
 * Pipeline roles (`worker`, and `sync` when it runs the workers itself) run with a bounded V8 heap.
 * What they keep alive is small (about 50 MB after a collection, whatever the province's size: work
 * goes a chunk at a time), but without a bound V8 lets garbage grow the heap towards its default
 * limit, a quarter of the machine's memory, before it collects, and the process's RSS grows with
 * it.
 *
 * Landing and resolution allocate a record's short-lived objects by the million: a young generation
 * larger than Node's default (`semiSpaceMb` per semi-space, 16 by default) lets most of them die
 * before a scavenge has to copy them, for three times its size in RSS.
 *
 * When no bound is set yet (no `--max-old-space-size` among Node's flags or in NODE_OPTIONS, and
 * `limitMb` is not 0), runs this same command again in a child Node with the bound, passes signals
 * on and takes its exit code: returns true, and the caller does nothing more. Returns false when
 * this process is the one to do the work.
 */
export async function relaunchWithHeapLimit(limitMb: number, semiSpaceMb = 0): Promise<boolean> {
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (limitMb === 0 || flags.some((flag) => flag.startsWith('--max-old-space-size'))) {
    stopWithParent();
    return false;
  }
  const young =
    semiSpaceMb === 0 || flags.some((flag) => flag.startsWith('--max-semi-space-size'))
      ? []
      : [`--max-semi-space-size=${semiSpaceMb}`];
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${limitMb}`, ...young, ...process.execArgv, ...process.argv.slice(1)],
    { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] },
  );
  // The child shuts down cleanly on its first signal and ignores repeats (see shutdownSignal), so
  // passing on a terminal's Ctrl-C, which reaches it too, does no harm.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => child.kill(signal));
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  process.exitCode = code ?? (signal ? 128 + constants.signals[signal] : 1);
  return true;
}

/**
 * In a relaunched child (it has the IPC channel its parent opened): when the parent dies without
 * passing a signal on (kill -9), the channel closes, and the child shuts down as on SIGTERM rather
 * than run on as an orphan nobody supervises. The channel itself keeps nothing alive.
 */
function stopWithParent(): void {
  if (!process.channel) return;
  process.channel.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
