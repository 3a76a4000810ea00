/**
 * `npm run bench:floor -- --orgs 1000000 --seed 1 [--lanes 2]`: how long PostgreSQL alone takes to
 * store what the landing and resolution of an earlier `bench:resolve` run stored, by its fastest
 * path. Each table is copied out (`COPY … TO STDOUT`, into a temporary file) and copied back into
 * an empty clone with the same indexes and constraints (`COPY … FROM STDIN`), `--lanes` tables at a
 * time; only the copy in is timed. No fetching, parsing, mapping, matching or survivorship: a floor
 * under the end-to-end figure, to read beside it. Prints figures; asserts nothing.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { benchDatabaseName, benchDatabaseUrl, numericArg, seconds } from './bench-support';

/** The tables landing and resolution write, largest first (so lanes finish together). */
const WRITTEN_TABLES = [
  'source_record',
  'record_link',
  'organization',
  'current_record',
  'blocking_key',
  'organization_identifier',
  'organization_profile',
  'coverage_edge',
  'trade_union',
  'party_organization',
  'chamber_membership',
];

interface TableFloor {
  table: string;
  rows: number;
  ms: number;
}

async function main(): Promise<void> {
  const orgs = numericArg('orgs', 100_000);
  const seed = numericArg('seed', 1);
  const databaseUrl = benchDatabaseUrl(benchDatabaseName(orgs, seed));
  const floor = await measureWriteFloor(databaseUrl, numericArg('lanes', 2));
  const landed = await landedRecords(databaseUrl);
  console.log(
    `the run's landing fetched ${landed} records: at 30,000 records/s, landing and ` +
      `resolution together have ${seconds(landed / 30)} s (the floor: ${seconds(floor)} s)`,
  );
}

/**
 * Copies every table landing and resolution wrote out of `databaseUrl` and back into empty clones,
 * `lanes` tables at a time, printing each table's time. Returns the wall time of copying in (ms).
 */
export async function measureWriteFloor(databaseUrl: string, lanes = 2): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'hub-write-floor-'));
  const fileOf = (table: string) => join(dir, `${table}.copy`);
  try {
    // Out first, all of it, so that no lane's copy out competes with another's timed copy in.
    for (const table of WRITTEN_TABLES)
      await withClient(databaseUrl, (client) => copyOut(client, table, fileOf(table)));
    const queue = [...WRITTEN_TABLES];
    const floors: TableFloor[] = [];
    const started = Date.now();
    await Promise.all(
      Array.from({ length: lanes }, () =>
        withClient(databaseUrl, async (client) => {
          for (let table = queue.shift(); table; table = queue.shift()) {
            const floor = await copyIntoClone(client, table, fileOf(table));
            console.log(
              `  floor ${table}: ${floor.rows} rows in ${seconds(floor.ms)} s ` +
                `(${((floor.ms * 1000) / Math.max(floor.rows, 1)).toFixed(1)} µs/row)`,
            );
            floors.push(floor);
          }
        }),
      ),
    );
    const wall = Date.now() - started;
    const serial = floors.reduce((sum, f) => sum + f.ms, 0);
    console.log(
      `write floor, all ${floors.length} tables: ${seconds(wall)} s on ${lanes} lanes ` +
        `(${seconds(serial)} s of copying in all)`,
    );
    return wall;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function copyOut(client: Client, table: string, file: string): Promise<void> {
  await pipeline(client.query(copyTo(`copy ${table} to stdout`)), createWriteStream(file));
}

/**
 * Times copying `file` into an empty clone of `table` (same indexes and constraints), dropped
 * after.
 */
async function copyIntoClone(client: Client, table: string, file: string): Promise<TableFloor> {
  const clone = `write_floor_${table}`;
  await client.query(`drop table if exists ${clone}`);
  await client.query(`create table ${clone} (like ${table} including all)`);
  try {
    const started = Date.now();
    const copy = client.query(copyFrom(`copy ${clone} from stdin`));
    await pipeline(createReadStream(file), copy);
    return { table, rows: copy.rowCount ?? 0, ms: Date.now() - started };
  } finally {
    await client.query(`drop table if exists ${clone}`);
    rmSync(file, { force: true });
  }
}

async function withClient<T>(
  databaseUrl: string,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Records the bench's landing fetched: each feed's first sync run (later ones are its deltas). */
async function landedRecords(databaseUrl: string): Promise<number> {
  return withClient(databaseUrl, async (client) => {
    const runs = await client.query<{ fetched: number | null }>(
      `select sum(fetched)::int as fetched from sync_run
       where id in (select min(id) from sync_run group by source)`,
    );
    return runs.rows[0].fetched ?? 0;
  });
}

// Run as `npm run bench:floor`; resolve-bench imports measureWriteFloor for `--floor`.
if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
