import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import Redis from 'ioredis';
import { findFreePort } from '../../src/runtime/ports';

/**
 * A PostgreSQL server of the fault run's own, from the machine's PostgreSQL programs, on a free
 * loopback port: crashing it (`pg_ctl stop -m immediate`) never touches the machine's shared one.
 * As root the server runs as the `postgres` user, which owns its data folder.
 */
export class PrivatePostgres {
  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly bin: string,
  ) {}

  /** A superuser URL of database `name` (`postgres` by default). */
  url(name = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${name}`;
  }

  static async start(): Promise<PrivatePostgres> {
    const bin = postgresPrograms();
    const dir = mkdtempSync(join(tmpdir(), 'hub-chaos-pg-'));
    if (asRoot()) chownSync(dir, postgresUid(), postgresUid());
    const server = new PrivatePostgres(dir, await findFreePort(), bin);
    server.run('initdb', [
      '-D',
      join(dir, 'data'),
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    await server.begin();
    return server;
  }

  /** Starts the server on its data folder (again, after a crash: it replays its WAL first). */
  async begin(): Promise<void> {
    const options = [
      `-p ${this.port}`,
      '-c listen_addresses=127.0.0.1',
      `-c unix_socket_directories=${this.dir}`,
      '-c shared_buffers=256MB',
      '-c max_wal_size=2GB',
      '-c max_connections=200',
    ].join(' ');
    this.run('pg_ctl', [
      '-D',
      join(this.dir, 'data'),
      '-l',
      join(this.dir, 'server.log'),
      '-o',
      options,
      '-w',
      '-t',
      '120',
      'start',
    ]);
  }

  /** A crash: every backend killed at once, no checkpoint; the next start runs recovery. */
  crash(): void {
    this.run('pg_ctl', ['-D', join(this.dir, 'data'), '-m', 'immediate', 'stop']);
  }

  async createDatabase(name: string): Promise<string> {
    const client = new Client({ connectionString: this.url() });
    await client.connect();
    try {
      await client.query(`drop database if exists ${name} with (force)`);
      await client.query(`create database ${name}`);
    } finally {
      await client.end();
    }
    return this.url(name);
  }

  async stop(): Promise<void> {
    if (existsSync(join(this.dir, 'data', 'postmaster.pid'))) {
      this.run('pg_ctl', ['-D', join(this.dir, 'data'), '-m', 'fast', 'stop']);
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private run(program: string, args: string[]): void {
    const path = join(this.bin, program);
    const [command, argv] = asRoot()
      ? ['runuser', ['-u', 'postgres', '--', path, ...args]]
      : [path, args];
    execFileSync(command, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  }
}

/**
 * A Redis server of the fault run's own on a free loopback port, writing every command to its
 * append-only file before answering (`appendfsync always`), as a hub's Redis should: killed and
 * started again, it has every job it had.
 */
export class PrivateRedis {
  private child: ChildProcess | undefined;

  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  static async start(): Promise<PrivateRedis> {
    if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).error) {
      throw new Error('redis-server is not installed (apt-get install redis-server)');
    }
    const server = new PrivateRedis(
      mkdtempSync(join(tmpdir(), 'hub-chaos-redis-')),
      await findFreePort(),
    );
    await server.begin();
    return server;
  }

  async begin(): Promise<void> {
    this.child = spawn(
      'redis-server',
      [
        '--bind',
        '127.0.0.1',
        '--port',
        String(this.port),
        '--dir',
        this.dir,
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
        '--save',
        '',
        '--maxmemory-policy',
        'noeviction',
      ],
      { stdio: 'ignore' },
    );
    for (let attempt = 0; attempt < 200; attempt++) {
      const client = new Redis(this.url, {
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      });
      client.on('error', () => undefined);
      try {
        await client.connect();
        if ((await client.ping()) === 'PONG' && !(await loading(client))) return;
      } catch {
        // not up yet
      } finally {
        client.disconnect();
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the private redis-server did not start');
  }

  /** kill -9: the server gone at once, its clients cut off mid-command. */
  async crash(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  async stop(): Promise<void> {
    await this.crash();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

async function loading(client: Redis): Promise<boolean> {
  return /loading:1/.test(await client.info('persistence'));
}

function asRoot(): boolean {
  return userInfo().uid === 0;
}

function postgresUid(): number {
  return Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
}

/** The newest PostgreSQL programs folder of the machine (Debian: /usr/lib/postgresql/<v>/bin). */
function postgresPrograms(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl')))
    : [];
  if (versions.length > 0)
    return join(root, versions.sort((a, b) => Number(a) - Number(b)).at(-1)!, 'bin');
  const found = spawnSync('pg_config', ['--bindir']);
  if (found.status === 0) return found.stdout.toString().trim();
  throw new Error('PostgreSQL server programs not found (apt-get install postgresql)');
}
