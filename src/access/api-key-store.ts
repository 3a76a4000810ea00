import type { Pool } from 'pg';
import { generateKey, hashKey, KEY_PREFIX, parseRegion } from './api-keys';
import { parseRole, type Role } from './roles';

/** A key as listed: never the key itself. */
export interface ApiKeyView {
  id: string;
  name: string;
  role: Role;
  region: string | null;
  prefix: string;
  createdBy: string;
  createdAt: Date;
  revokedAt: Date | null;
}

interface KeyRow {
  id: string;
  name: string;
  role: string;
  region: string | null;
  prefix: string;
  created_by: string;
  created_at: Date;
  revoked_at: Date | null;
}

const viewOf = (row: KeyRow): ApiKeyView => ({
  id: String(row.id),
  name: row.name,
  role: parseRole(row.role),
  region: row.region,
  prefix: row.prefix,
  createdBy: row.created_by,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
});

const COLUMNS = 'id, name, role, region, prefix, created_by, created_at, revoked_at';

/** Makes a key; the returned `key` is the only time it is seen. Throws on a bad role or region. */
export async function createApiKey(
  pool: Pool,
  input: { role: string; region?: string | null; name?: string | null; createdBy: string },
): Promise<{ view: ApiKeyView; key: string }> {
  const role = parseRole(input.role);
  const region = parseRegion(input.region);
  const key = generateKey();
  const { rows } = await pool.query<KeyRow>(
    `insert into api_key (name, role, region, key_hash, prefix, created_by, created_at)
     values ($1, $2, $3, $4, $5, $6, now()) returning ${COLUMNS}`,
    [
      input.name?.trim() || role,
      role,
      region,
      hashKey(key),
      key.slice(0, KEY_PREFIX.length + 6),
      input.createdBy,
    ],
  );
  return { view: viewOf(rows[0]), key };
}

export async function listApiKeys(pool: Pool): Promise<ApiKeyView[]> {
  const { rows } = await pool.query<KeyRow>(`select ${COLUMNS} from api_key order by id`);
  return rows.map(viewOf);
}

/** Revokes a key; false when no such key is active. */
export async function revokeApiKey(pool: Pool, id: string): Promise<boolean> {
  if (!/^\d{1,18}$/.test(id)) return false;
  const { rowCount } = await pool.query(
    'update api_key set revoked_at = now() where id = $1 and revoked_at is null',
    [id],
  );
  return (rowCount ?? 0) > 0;
}

/** The active key with this hash, if any. */
export async function activeKeyByHash(pool: Pool, keyHash: string): Promise<ApiKeyView | null> {
  const { rows } = await pool.query<KeyRow>(
    `select ${COLUMNS} from api_key where key_hash = $1 and revoked_at is null`,
    [keyHash],
  );
  return rows[0] ? viewOf(rows[0]) : null;
}
