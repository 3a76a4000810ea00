import type { Rng } from '../rng';
import type { FaultReason } from './fault-log';

/**
 * Decides, record by record, whether to break it and how. Kinds not yet injected are forced in
 * early (at a raised rate), so even a 300-organization province shows every kind once.
 */
export class FaultPicker {
  private readonly seen = new Set<FaultReason>();

  constructor(
    private readonly rng: Rng,
    private readonly rate: number,
    private readonly kinds: readonly FaultReason[],
  ) {}

  /** The fault to inject into the next record, or null. `eligible` false never injects. */
  next(eligible = true): FaultReason | null {
    if (!eligible || this.rate <= 0 || this.kinds.length === 0) return null;
    const unseen = this.kinds.filter((k) => !this.seen.has(k));
    const p = unseen.length > 0 ? Math.max(this.rate, 0.15) : this.rate;
    if (!this.rng.chance(p)) return null;
    const kind = unseen.length > 0 ? unseen[0] : this.rng.pick(this.kinds);
    this.seen.add(kind);
    return kind;
  }
}
