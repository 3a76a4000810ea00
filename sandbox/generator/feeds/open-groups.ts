import type { Area } from '../world/areas';
import type { GroupMembership } from '../truth/coverage-plan';
import type { TrueOrg } from '../truth/organization';
import type { FaultReason } from '../output/fault-log';

/** A covered unit as the roster writes it (hand-typed USCC, name variant) and who it really is. */
export interface CoveredUnit {
  org: TrueOrg;
  uscc: string;
  name: string;
}

/** A regional / industry organization being filled across chunks. */
export interface OpenGroup {
  id: string;
  key: string;
  /** 0 for the first organization of this area / chamber, 1 for the second… */
  ordinal: number;
  area: Area | null;
  sponsor: TrueOrg | null;
  /** Broken-record fault decided when the group opens, so coverage is known as units join. */
  fault: FaultReason | null;
  established: string;
  updatedAt: string;
  capacity: number;
  covered: CoveredUnit[];
}

/**
 * One open group per area / chamber key: units join until the group reaches its capacity, then
 * it is handed back to be written and the next unit of that key opens a new one. Memory stays
 * bounded by (areas + chambers) × capacity, whatever the province size.
 */
export class OpenGroups {
  private readonly open = new Map<string, OpenGroup>();
  private readonly opened = new Map<string, number>();

  constructor(private readonly create: (m: GroupMembership, ordinal: number) => OpenGroup) {}

  /**
   * Adds a unit; returns the group (to check its fault) and whether it is now full (and closed).
   */
  join(m: GroupMembership, unit: CoveredUnit): { group: OpenGroup; full: boolean } {
    let group = this.open.get(m.key);
    if (!group) {
      const ordinal = this.opened.get(m.key) ?? 0;
      this.opened.set(m.key, ordinal + 1);
      group = this.create(m, ordinal);
      this.open.set(m.key, group);
    }
    group.covered.push(unit);
    const full = group.covered.length >= group.capacity;
    if (full) this.open.delete(m.key);
    return { group, full };
  }

  /** Every still-open group, in opening order; leaves none open. */
  drain(): OpenGroup[] {
    const all = [...this.open.values()];
    this.open.clear();
    return all;
  }
}
