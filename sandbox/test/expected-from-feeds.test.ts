import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExpectedFigures } from '../generator';
import { evaluate } from '../generator/truth/evaluate';
import { viewsFromFeeds } from './perfect-resolver';
import { makeProvince, type ProvinceFixture } from './province-fixture';

let p: ProvinceFixture;
beforeAll(async () => {
  p = await makeProvince(2500, 17, 'heavy');
});
afterAll(() => p.cleanup());

test('expected.json = POLICY over what a correct ingest + perfect resolver reads from the feed files', async () => {
  const { views, identity } = await viewsFromFeeds(p.dir, p.summary.files);
  const expected = JSON.parse(readFileSync(join(p.dir, 'expected.json'), 'utf8')) as {
    totals: ExpectedFigures;
    gaps: Record<string, string[]>;
  };
  const gaps: Record<string, string[]> = {
    P1: [],
    U1: [],
    K1party: [],
    K1union: [],
    M1: [],
    M2: [],
    C1: [],
    employeesUnknown: [],
  };
  let activeInScope = 0;
  for (const [id, view] of views) {
    const e = evaluate(identity.get(id) ?? { uscc: null, name: '' }, view);
    if (e.active && e.inScope) activeInScope += 1;
    const f = e.flags;
    for (const [list, hit] of [
      ['P1', f.p1Gap],
      ['U1', f.u1Gap],
      ['K1party', f.k1PartyGap],
      ['K1union', f.k1UnionGap],
      ['M1', f.m1],
      ['M2', f.m2],
      ['C1', f.c1Gap],
      ['employeesUnknown', f.employeesUnknown],
    ] as const) {
      if (hit) gaps[list].push(id);
    }
  }
  expect(views.size).toBe(expected.totals.organizations);
  expect(activeInScope).toBe(expected.totals.activeInScope);
  for (const list of Object.keys(gaps))
    expect(`${list} ${gaps[list].sort().join(',')}`).toBe(
      `${list} ${[...expected.gaps[list]].sort().join(',')}`,
    );
});
