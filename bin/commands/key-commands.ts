import { userInfo } from 'node:os';
import { createApiKey, listApiKeys, revokeApiKey } from '../../src/access/api-key-store';
import { parseRegion } from '../../src/access/api-keys';
import { parseRole } from '../../src/access/roles';
import { openHubRuntime } from '../hub-runtime';

/** Who made a key from the command line: the operating-system user. */
const cliActor = () => `cli:${userInfo().username}`;

/** `hub keys create`: prints the key's details, then the key alone on the last line. */
export async function createKeyCommand(options: {
  role: string;
  region?: string;
  name?: string;
}): Promise<void> {
  parseRole(options.role); // a typo fails before the database is opened
  parseRegion(options.region);
  const runtime = await openHubRuntime({ migrate: true, sandbox: false });
  try {
    const { view, key } = await createApiKey(runtime.pool, { ...options, createdBy: cliActor() });
    process.stdout.write(
      `key ${view.id} "${view.name}": role ${view.role}, ` +
        `${view.region ? `region ${view.region}` : 'province-wide'}. ` +
        'Shown once; keep it safe:\n',
    );
    process.stdout.write(`${key}\n`);
  } finally {
    await runtime.close();
  }
}

/** `hub keys list`: one line per key, never the key itself. */
export async function listKeysCommand(): Promise<void> {
  const runtime = await openHubRuntime({ migrate: true, sandbox: false });
  try {
    const keys = await listApiKeys(runtime.pool);
    if (keys.length === 0) process.stdout.write('no keys yet: `hub keys create --role admin`\n');
    for (const k of keys)
      process.stdout.write(
        [
          k.id,
          k.prefix + '…',
          k.role,
          k.region ?? 'province',
          k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active',
          k.name,
        ].join('\t') + '\n',
      );
  } finally {
    await runtime.close();
  }
}

/** `hub keys revoke <id>`: exits 1 when no such active key. */
export async function revokeKeyCommand(id: string): Promise<void> {
  const runtime = await openHubRuntime({ migrate: true, sandbox: false });
  try {
    const revoked = await revokeApiKey(runtime.pool, id);
    process.stdout.write(revoked ? `key ${id} revoked\n` : `no active key ${id}\n`);
    if (!revoked) process.exitCode = 1;
  } finally {
    await runtime.close();
  }
}
