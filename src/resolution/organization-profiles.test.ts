import type { Pool } from 'pg';
import { enterprise, landRecords } from '../../test/support/graph-builder';
import { useTestDatabase } from '../../test/support/test-database';
import { blockingKeys, nameLookupKeys } from '../matching';
import { resolvePending } from './resolve-pending';

const USCC = '914403001922038216';

describe("the matcher's view of organizations (profiles and blocking keys)", () => {
  const db = useTestDatabase();
  let pool: Pool;
  beforeAll(() => {
    pool = db.pool;
  });

  async function stored(): Promise<{ keys: string[]; profileKeys: string[] }> {
    const keys = await pool.query<{ key: string }>('select key from blocking_key order by key');
    const profile = await pool.query('select profile from organization_profile');
    expect(profile.rowCount).toBe(1);
    return {
      keys: keys.rows.map((r) => r.key),
      profileKeys: [
        ...blockingKeys(profile.rows[0].profile),
        ...nameLookupKeys(profile.rows[0].profile),
      ].sort(),
    };
  }

  it("keys a new organization's profile, then replaces its keys when the profile changes", async () => {
    await landRecords(pool, [
      enterprise('R1', '西安甲乙丙科技有限公司', USCC, { legalRepresentative: '张三' }),
    ]);
    await resolvePending(pool);
    const first = await stored();
    expect(first.keys).toEqual(first.profileKeys);
    expect(first.keys).toContain('l:张三|610113');

    await landRecords(pool, [
      enterprise('R1', '西安丁戊己科技有限公司', USCC, { legalRepresentative: '李四' }),
    ]);
    await resolvePending(pool);
    const second = await stored();
    expect(second.keys).toEqual(second.profileKeys);
    expect(second.keys).toContain('l:李四|610113');
    expect(second.keys).not.toContain('l:张三|610113');
  });

  it('leaves the keys alone when the profile changes in no keyed field (an address)', async () => {
    const rows = () =>
      pool.query('select key, ctid::text from blocking_key order by key').then((r) => r.rows);
    const before = await rows();
    await landRecords(pool, [
      enterprise('R1', '西安丁戊己科技有限公司', USCC, {
        legalRepresentative: '李四',
        address: '西安市雁塔区科技路9号',
      }),
    ]);
    await resolvePending(pool);
    const profile = await pool.query(
      `select profile->>'address' as address from organization_profile`,
    );
    expect(profile.rows[0].address).toContain('科技路9号');
    expect(await rows()).toEqual(before);
  });
});
