import type { RegistryEvent } from '../canonical/canonical-record';

/**
 * True when an ISO date (`YYYY-MM-DD…`) is on or before the evaluation date; undated counts as
 * before.
 */
export function onOrBefore(date: string | undefined, asOf: string): boolean {
  return date === undefined || date.slice(0, 10) <= asOf;
}

/**
 * A market-regulation attribute as it stood on `asOf`: registries send the current value, so a
 * change of this type dated after `asOf` is undone by taking the `before` of the earliest such
 * change (POLICY evaluation is as of a date; later events are ignored).
 */
export function valueAsOf(
  current: string | undefined,
  events: readonly RegistryEvent[],
  type: RegistryEvent['type'],
  asOf: string,
): string | undefined {
  const later = events
    .filter((event) => event.type === type && !onOrBefore(event.date, asOf))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (later.length === 0) return current;
  return later[0].before ?? current;
}

/** Events dated on or before `asOf`. */
export function eventsAsOf(events: readonly RegistryEvent[], asOf: string): RegistryEvent[] {
  return events.filter((event) => onOrBefore(event.date, asOf));
}
