/**
 * The seven feeds (SPEC "Common to all feeds"): the departments named by the policy plus the hub
 * owners' two rosters. A feed is pulled over `http` (the hub calls the department's API) or read
 * from a `drop` inbox (the department writes complete files into a directory).
 */
export const SOURCE_IDS = [
  'market-regulation',
  'civil-affairs',
  'statistics',
  'tax',
  'federation',
  'party-org',
  'trade-union',
] as const;

export type SourceId = (typeof SOURCE_IDS)[number];

export type Transport = 'http' | 'drop';

/** How each department publishes its feed (SPEC §1–§7). */
export const SOURCE_TRANSPORT: Record<SourceId, Transport> = {
  'market-regulation': 'http',
  'civil-affairs': 'drop',
  statistics: 'drop',
  tax: 'http',
  federation: 'drop',
  'party-org': 'http',
  'trade-union': 'http',
};

/** `market-regulation` → `MARKET_REGULATION`, the infix of the feed's environment variables. */
export function sourceEnvName(source: SourceId): string {
  return source.toUpperCase().replace(/-/g, '_');
}

export function isSourceId(value: string): value is SourceId {
  return (SOURCE_IDS as readonly string[]).includes(value);
}
