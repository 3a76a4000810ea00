import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/config/project-root';

/** How a hub process ended: its exit code, or the signal that ended it. */
export interface ProcessEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * One `hub …` process of the fault run (built CLI, this Node), its output appended to a log file.
 * Each carries its V8 bound in NODE_OPTIONS, so the hub does not relaunch itself in a child and
 * the pid killed is the pid that works.
 */
export class HubProcess {
  readonly child: ChildProcess;
  readonly ended: Promise<ProcessEnd>;
  private readonly log: WriteStream;
  private output = '';

  constructor(
    readonly name: string,
    args: string[],
    env: NodeJS.ProcessEnv,
    logDir: string,
  ) {
    this.log = createWriteStream(join(logDir, `${name}.log`), { flags: 'a' });
    this.child = spawn(process.execPath, [join(projectRoot(), 'dist', 'bin', 'hub.js'), ...args], {
      env: {
        ...process.env,
        ...env,
        NODE_OPTIONS: '--max-old-space-size=448 --max-semi-space-size=64',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      stream.on('data', (chunk: Buffer) => {
        this.log.write(chunk);
        if (this.output.length < 1_000_000) this.output += chunk.toString();
      });
    }
    this.ended = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => {
        this.log.end();
        resolve({ code, signal });
      }),
    );
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** What it printed so far (stdout and stderr, the first megabyte). */
  get printed(): string {
    return this.output;
  }

  kill(signal: NodeJS.Signals): void {
    if (this.running) this.child.kill(signal);
  }
}
