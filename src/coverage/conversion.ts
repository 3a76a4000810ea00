import type { RegistryEvent } from '../canonical/canonical-record';
import type { RuleSet } from './rule-set';
import { onOrBefore } from './as-of';

/**
 * C1 conversions (改制): market-regulation ENT_TYPE_CHANGE events on or before `asOf` whose
 * `before` type is state-owned or collective (contains a public marker) and whose `after` type
 * is non-public (present and without one). Earliest first.
 */
export function conversionsAsOf(
  events: readonly RegistryEvent[],
  ruleSet: RuleSet,
  asOf: string,
): RegistryEvent[] {
  const isPublic = (type: string) =>
    ruleSet.ownership.publicEntTypeMarkers.some((word) => type.includes(word));
  return events
    .filter(
      (event) =>
        event.type === 'ENT_TYPE_CHANGE' &&
        onOrBefore(event.date, asOf) &&
        event.before !== null &&
        isPublic(event.before) &&
        event.after !== null &&
        event.after.trim() !== '' &&
        !isPublic(event.after),
    )
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
