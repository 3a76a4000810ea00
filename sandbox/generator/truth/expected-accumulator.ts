import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import type { ExpectedFigures } from '../options';
import { LineSink } from '../output/line-sink';
import { RULE_SET, type Evaluation } from './evaluate';

/** Gap lists expected.json carries, each a list of true organization ids. */
export const GAP_LISTS = [
  'P1',
  'U1',
  'K1party',
  'K1union',
  'M1',
  'M2',
  'C1',
  'employeesUnknown',
] as const;
type GapList = (typeof GAP_LISTS)[number];

function emptyFigures(): ExpectedFigures {
  return {
    organizations: 0,
    activeInScope: 0,
    inactive: 0,
    outOfScope: 0,
    employeesUnknown: 0,
    P1: { required: 0, met: 0, gap: 0 },
    U1: { required: 0, met: 0, gap: 0 },
    K1: { targets: 0, partyGaps: 0, unionGaps: 0 },
    M1: 0,
    M2: 0,
    C1: { converted: 0, gaps: 0 },
    J1: { party: 0, union: 0 },
  };
}

function add(f: ExpectedFigures, e: Evaluation): void {
  const x = e.flags;
  f.organizations += 1;
  if (!e.active) f.inactive += 1;
  else if (!e.inScope) f.outOfScope += 1;
  else f.activeInScope += 1;
  if (x.employeesUnknown) f.employeesUnknown += 1;
  if (x.p1Required) {
    f.P1.required += 1;
    if (x.p1Gap) f.P1.gap += 1;
    else f.P1.met += 1;
  }
  if (x.u1Required) {
    f.U1.required += 1;
    if (x.u1Gap) f.U1.gap += 1;
    else f.U1.met += 1;
  }
  if (x.k1Target) f.K1.targets += 1;
  if (x.k1PartyGap) f.K1.partyGaps += 1;
  if (x.k1UnionGap) f.K1.unionGaps += 1;
  if (x.m1) f.M1 += 1;
  if (x.m2) f.M2 += 1;
  if (x.converted) f.C1.converted += 1;
  if (x.c1Gap) f.C1.gaps += 1;
  if (x.j1Party) f.J1.party += 1;
  if (x.j1Union) f.J1.union += 1;
}

/**
 * Sums rule figures province-wide, per city and per industry section, and spools the gap
 * lists to temporary files so memory stays flat for a million organizations.
 */
export class ExpectedAccumulator {
  readonly totals = emptyFigures();
  private readonly byCity = new Map<string, ExpectedFigures>();
  private readonly bySection = new Map<string, ExpectedFigures>();
  private readonly spools: Record<GapList, LineSink>;

  constructor(private readonly tmpDir: string) {
    this.spools = Object.fromEntries(
      GAP_LISTS.map((g) => [g, new LineSink(join(tmpDir, `gaps-${g}.txt`))]),
    ) as Record<GapList, LineSink>;
  }

  /** Counts one organization's evaluation. */
  add(orgId: string, e: Evaluation): void {
    add(this.totals, e);
    const city = e.city ?? 'unknown';
    if (!this.byCity.has(city)) this.byCity.set(city, emptyFigures());
    add(this.byCity.get(city) as ExpectedFigures, e);
    if (!this.bySection.has(e.section)) this.bySection.set(e.section, emptyFigures());
    add(this.bySection.get(e.section) as ExpectedFigures, e);
    const x = e.flags;
    const hits: [GapList, boolean][] = [
      ['P1', x.p1Gap],
      ['U1', x.u1Gap],
      ['K1party', x.k1PartyGap],
      ['K1union', x.k1UnionGap],
      ['M1', x.m1],
      ['M2', x.m2],
      ['C1', x.c1Gap],
      ['employeesUnknown', x.employeesUnknown],
    ];
    for (const [list, hit] of hits) if (hit) this.spools[list].write(`${orgId}\n`);
  }

  async flush(): Promise<void> {
    await Promise.all(GAP_LISTS.map((g) => this.spools[g].flush()));
  }

  /** Writes expected.json: figures first, then each gap list streamed from its spool. */
  async write(path: string, meta: Record<string, unknown>): Promise<void> {
    await Promise.all(GAP_LISTS.map((g) => this.spools[g].close()));
    const sorted = (m: Map<string, ExpectedFigures>): Record<string, ExpectedFigures> =>
      Object.fromEntries([...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const head = {
      ruleSet: RULE_SET.id,
      thresholds: RULE_SET,
      ...meta,
      totals: this.totals,
      byCity: sorted(this.byCity),
      bySection: sorted(this.bySection),
    };
    const out = createWriteStream(path);
    const put = async (s: string): Promise<void> => {
      if (!out.write(s)) await once(out, 'drain');
    };
    await put(`${JSON.stringify(head, null, 2).slice(0, -2)},\n  "gaps": {\n`);
    for (let i = 0; i < GAP_LISTS.length; i++) {
      const list = GAP_LISTS[i];
      await put(`    ${JSON.stringify(list)}: [`);
      let first = true;
      const lines = createInterface({
        input: createReadStream(this.spools[list].path),
        crlfDelay: Infinity,
      });
      for await (const id of lines) {
        if (!id) continue;
        await put(`${first ? '' : ','}${JSON.stringify(id)}`);
        first = false;
      }
      await put(`]${i < GAP_LISTS.length - 1 ? ',' : ''}\n`);
    }
    await put('  }\n}\n');
    await new Promise<void>((resolve, reject) =>
      out.end((err?: Error | null) => (err ? reject(err) : resolve())),
    );
    for (const g of GAP_LISTS) rmSync(this.spools[g].path, { force: true });
  }
}
