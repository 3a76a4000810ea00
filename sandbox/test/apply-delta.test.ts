import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Enterprise } from '../generator';
import { applyDelta } from '../registries/apply-delta';
import { makeProvince, type ProvinceFixture } from './province-fixture';

describe('applyDelta', () => {
  let province: ProvinceFixture;
  const read = (file: string): Enterprise[] =>
    readFileSync(join(province.dir, file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Enterprise);

  beforeAll(async () => {
    province = await makeProvince(200, 5);
  });
  afterAll(() => province.cleanup());

  it('changes the seeded share once each, and a later delta builds on the newest version of a record', async () => {
    const base = new Map(
      read('feeds/market-regulation/enterprises.ndjson').map((e) => [e.reg_id, e]),
    );
    const first = await applyDelta(province.dir, {
      fraction: 1,
      seed: 1,
      at: new Date('2026-12-01T02:00:00Z'),
    });
    expect(first.changed).toBe(base.size);
    const once = new Map(read(first.file).map((e) => [e.reg_id, e]));
    expect([...once.keys()].sort()).toEqual([...base.keys()].sort());
    for (const [id, e] of once) {
      expect(e.events).toHaveLength(base.get(id)!.events.length + 1);
      expect(e.updated_at).toBe('2026-12-01T10:00:00+08:00');
    }

    const second = await applyDelta(province.dir, {
      fraction: 0.5,
      seed: 2,
      at: new Date('2026-12-02T02:00:00Z'),
    });
    const twice = read(second.file);
    expect(second.changed).toBe(twice.length);
    expect(twice.length).toBeGreaterThan(0);
    expect(twice.length).toBeLessThan(base.size);
    for (const e of twice) {
      // The first delta's change is kept; one more follows it.
      expect(e.events.slice(0, -1)).toEqual(once.get(e.reg_id)!.events);
      expect(e.events).toHaveLength(once.get(e.reg_id)!.events.length + 1);
    }
  });
});
