import { createReadStream, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Rng } from '../generator/rng';
import { LineSink } from '../generator/output/line-sink';
import type { Enterprise } from '../generator/feeds/market-regulation';
import { cstIso } from './virtual-clock';

/**
 * The delta files (`enterprises.delta-NNN.ndjson`) in a market-regulation feed folder, oldest
 * first.
 */
export function deltaFiles(feedDir: string): string[] {
  return existsSync(feedDir)
    ? readdirSync(feedDir)
        .filter((f) => /^enterprises\.delta-\d+\.ndjson$/.test(f))
        .sort()
    : [];
}

/** Options of {@link applyDelta}. */
export interface DeltaOptions {
  /** Share of enterprises to change, 0..1. */
  fraction: number;
  seed: number;
  /** The changes' updated_at; default now. */
  at?: Date;
}

/** What {@link applyDelta} wrote. */
export interface DeltaSummary {
  /** Path of the delta file, relative to dataDir. */
  file: string;
  changed: number;
  updatedAt: string;
}

/**
 * Applies one change (address, status or name) to a record, as market regulation would record it.
 */
function change(e: Enterprise, rng: Rng, at: string): Enterprise {
  const date = at.slice(0, 10);
  const kind =
    e.status === '存续' || e.status === '在业'
      ? rng.pick(['address', 'address', 'name', 'status'])
      : 'address';
  const next: Enterprise = {
    ...e,
    events: [...e.events],
    former_names: [...e.former_names],
    updated_at: at,
  };
  if (kind === 'address') {
    const address = e.address.replace(/(\d+)号/, () => `${rng.int(1, 999)}号`);
    next.address = address === e.address ? `${e.address}附${rng.int(1, 9)}号` : address;
    next.events.push({ type: 'ADDRESS_CHANGE', date, before: e.address, after: next.address });
  } else if (kind === 'status') {
    next.status = '注销';
    next.events.push({ type: 'STATUS_CHANGE', date, before: e.status, after: '注销' });
  } else {
    next.name = e.name.includes('有限公司')
      ? e.name.replace('有限公司', '集团有限公司')
      : `${e.name}（新）`;
    next.former_names.unshift(e.name);
    next.events.push({ type: 'NAME_CHANGE', date, before: e.name, after: next.name });
  }
  return next;
}

/**
 * Writes `feeds/market-regulation/enterprises.delta-NNN.ndjson`: a seeded `fraction` of the
 * current enterprises, each with one change and updated_at = `at`. The sandbox serves the newest
 * version of each record, so an incremental sync from before `at` sees exactly these.
 * expected.json keeps describing the base generation.
 */
export async function applyDelta(dataDir: string, options: DeltaOptions): Promise<DeltaSummary> {
  if (!(options.fraction >= 0 && options.fraction <= 1))
    throw new Error('fraction must be within 0..1');
  const dir = join(dataDir, 'feeds', 'market-regulation');
  const existing = deltaFiles(dir);
  const no =
    existing.length === 0
      ? 1
      : Number(/delta-(\d+)/.exec(existing[existing.length - 1])?.[1] ?? 0) + 1;
  const name = `enterprises.delta-${String(no).padStart(3, '0')}.ndjson`;
  const at = cstIso(options.at ?? new Date());
  const rng = new Rng(options.seed);
  const changes = rng.fork(1);
  // Which enterprises change is drawn over the base first, and only they are kept, parsed: a line
  // readline hands out is a slice of the chunk it came from and would keep that whole chunk alive.
  const lines = (file: string) =>
    createInterface({ input: createReadStream(join(dir, file)), crlfDelay: Infinity });
  const chosen = new Map<string, Enterprise>();
  for await (const line of lines('enterprises.ndjson')) {
    if (!line || !rng.chance(options.fraction)) continue;
    const enterprise = JSON.parse(line) as Enterprise;
    chosen.set(enterprise.reg_id, enterprise);
  }
  // The newest version of a chosen record may itself sit in an earlier delta: read deltas over the
  // base.
  for (const f of existing) {
    for await (const line of lines(f)) {
      if (!line) continue;
      const enterprise = JSON.parse(line) as Enterprise;
      if (chosen.has(enterprise.reg_id)) chosen.set(enterprise.reg_id, enterprise);
    }
  }
  const sink = new LineSink(join(dir, name));
  let changed = 0;
  for (const enterprise of chosen.values()) {
    sink.writeJson(change(enterprise, changes, at));
    changed += 1;
    if (changed % 1000 === 0) await sink.flush();
  }
  await sink.close();
  return { file: `feeds/market-regulation/${name}`, changed, updatedAt: at };
}

/**
 * Removes every delta file {@link applyDelta} wrote, so that the province is served as generated
 * again (its truth.jsonl and expected.json describe that generation). Returns how many were
 * removed.
 */
export function removeDeltas(dataDir: string): number {
  const dir = join(dataDir, 'feeds', 'market-regulation');
  const deltas = deltaFiles(dir);
  for (const file of deltas) rmSync(join(dir, file));
  return deltas.length;
}
