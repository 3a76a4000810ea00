import type { Rng } from '../rng';
import type { World } from './build-organization';
import type { TrueOrg } from './organization';

/** Placeholder: Party / union coverage planning (filled in with the roster feeds). */
export function planCoverage(orgs: TrueOrg[], rng: Rng, world: World): void {
  void orgs; void rng; void world;
}
