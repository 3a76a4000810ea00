/**
 * The feeds (数据源): the departments named by the policy plus the hub owners' two rosters,
 * declared once. A feed is pulled over `http` (the hub calls the department's API) or read from a
 * `drop` inbox (the department writes complete files into a directory). Everything that lists the
 * feeds — configuration, schedules, survivorship, labels, connectors (`Record<SourceId, …>`, so a
 * feed without one does not compile) — derives from this catalog or is keyed by it.
 */

export type Transport = 'http' | 'drop';

/** A feed's statement of an organization's employee count (POLICY "employees"). */
export interface EmployeeCount {
  /** Precedence among the feeds that state one (1 first). */
  rank: number;
  /** The field as the department's clerks name it. */
  field: string;
  /** The field as the feed's contract names it, for English reason texts. */
  specField: string;
  /** Stated per covered unit of a roster entry, not as an attribute of the organization. */
  perCoveredUnit?: true;
}

/** One feed: how it arrives, how it is named, how often it is pulled, whom it outranks. */
export interface FeedEntry {
  transport: Transport;
  /** The department as its clerks name it. */
  label: string;
  /** Default cron pattern (Asia/Shanghai) of its scheduled pulls; HUB_SCHEDULE_<SOURCE> overrides. */
  schedule: string;
  /** Rank for identity and status (the owning registries first); see survivorship. */
  identityRank: number;
  /** Rank for the employee count, where the feed states one, and the field it comes from. */
  employees?: EmployeeCount;
  /** Rank for the industry code, where the feed states one. */
  industryRank?: number;
}

/**
 * The seven feeds in the order the hub lists them. Schedules: the API registries often, the
 * monthly and quarterly drops by polling their inbox.
 */
export const FEEDS = {
  'market-regulation': {
    transport: 'http',
    label: '市场监管',
    schedule: '*/30 * * * *',
    identityRank: 1,
    industryRank: 2,
  },
  'civil-affairs': {
    transport: 'drop',
    label: '民政',
    schedule: '7 * * * *',
    identityRank: 2,
    employees: { rank: 3, field: '专职工作人员数', specField: '专职工作人员数' },
    industryRank: 4,
  },
  statistics: {
    transport: 'drop',
    label: '统计',
    schedule: '17 * * * *',
    identityRank: 4,
    employees: { rank: 1, field: '期末从业人员', specField: '期末从业人员' },
    industryRank: 1,
  },
  tax: {
    transport: 'http',
    label: '税务',
    schedule: '27 2 * * *',
    identityRank: 3,
    employees: { rank: 2, field: '代扣代缴人数 DKDJRS', specField: 'DKDJRS' },
    industryRank: 3,
  },
  federation: {
    transport: 'drop',
    label: '工商联',
    schedule: '37 * * * *',
    identityRank: 5,
    employees: { rank: 5, field: '会员填报从业人数', specField: 'employees_reported' },
    industryRank: 5,
  },
  'party-org': {
    transport: 'http',
    label: '党组织名册',
    schedule: '*/30 * * * *',
    identityRank: 6,
  },
  'trade-union': {
    transport: 'http',
    label: '工会名册',
    schedule: '47 * * * *',
    identityRank: 7,
    employees: {
      rank: 4,
      field: '单独建会工会填报职工数',
      specField: 'standalone union employees_reported',
      perCoveredUnit: true,
    },
  },
} as const satisfies Record<string, FeedEntry>;

/** A feed's id. */
export type SourceId = keyof typeof FEEDS;

/** Every feed id, in the catalog's order. */
export const SOURCE_IDS = Object.keys(FEEDS) as SourceId[];

/** How each department publishes its feed. */
export const SOURCE_TRANSPORT = Object.fromEntries(
  SOURCE_IDS.map((source) => [source, FEEDS[source].transport]),
) as { readonly [S in SourceId]: (typeof FEEDS)[S]['transport'] };

/** `market-regulation` → `MARKET_REGULATION`, the infix of the feed's environment variables. */
export function sourceEnvName(source: SourceId): string {
  return source.toUpperCase().replace(/-/g, '_');
}

export function isSourceId(value: string): value is SourceId {
  return Object.prototype.hasOwnProperty.call(FEEDS, value);
}

/** The feeds ranked by `rank` (those without one left out), best first. */
export function feedsRankedBy(rank: (feed: FeedEntry) => number | undefined): SourceId[] {
  return SOURCE_IDS.filter((source) => rank(FEEDS[source]) !== undefined).sort(
    (a, b) => rank(FEEDS[a])! - rank(FEEDS[b])!,
  );
}

/** A feed that states employee counts. */
export type EmployeeSource = {
  [S in SourceId]: (typeof FEEDS)[S] extends { employees: EmployeeCount } ? S : never;
}[SourceId];

/** The feeds that state employee counts, in their default precedence (statistics first). */
export const EMPLOYEE_SOURCES = feedsRankedBy((feed) => feed.employees?.rank) as [
  EmployeeSource,
  ...EmployeeSource[],
];

/** A feed's employee count statement (every `EmployeeSource` has one). */
export function employeeCountOf(source: EmployeeSource): EmployeeCount {
  return (FEEDS[source] as FeedEntry).employees!;
}
