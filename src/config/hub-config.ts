import { z } from 'zod';
import { DEFAULT_HTTP_POLICY, type HttpPolicy } from '../../connectors/shared/http-client';
import type { AuthConfig } from '../access/auth-config';
import { ROLE_CAPABILITIES, type RoleKind } from '../access/roles';
import { SOURCE_IDS, SOURCE_TRANSPORT, SourceId, Transport, sourceEnvName } from '../model/feeds';

/** Where one feed comes from: configured by the operator, or filled by the sandbox registries. */
export interface FeedConfig {
  source: SourceId;
  transport: Transport;
  /** http feeds: the department's base URL (e.g. `$URL/enterprises`). */
  url?: string;
  token?: string;
  /** drop feeds: the inbox directory the department writes into. */
  inbox?: string;
  /** True when nobody configured the feed and the sandbox registry serves it. */
  sandbox: boolean;
  /**
   * Connector-specific settings (page size, overlap, retry policy); each connector validates its
   * own.
   */
  options?: Record<string, unknown>;
}

export interface HubConfig {
  databaseUrl?: string;
  redisUrl?: string;
  port: number;
  /** Folder of local state: embedded PostgreSQL / Redis data, sandbox data. */
  homeDir: string;
  /** Prefix of every BullMQ key, so several hubs (or test runs) can share one Redis. */
  queuePrefix: string;
  logLevel: string;
  feeds: Record<SourceId, FeedConfig>;
  /** Organizations the sandbox generates when it has to fill unconfigured feeds. */
  sandboxOrgs: number;
  sandboxSeed: number;
  /** Parallel connections resolving the identifier pass (USCC shards). */
  resolveWorkers: number;
  /** V8 old-space bound (MB) of the pipeline roles, or 0 for Node's default. */
  workerHeapMb: number;
  /** V8 semi-space size (MB) of the pipeline roles' young generation, or 0 for Node's default. */
  workerSemiSpaceMb: number;
  /** Who may call the API (README "Access control"). */
  auth: AuthConfig;
}

const EnvSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  REDIS_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HUB_HOME: z.string().min(1).default('.hub'),
  HUB_QUEUE_PREFIX: z.string().min(1).default('hub'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HUB_SANDBOX_ORGS: z.coerce.number().int().min(10).max(5_000_000).default(5000),
  HUB_SANDBOX_SEED: z.coerce.number().int().default(1),
  HUB_RESOLVE_WORKERS: z.coerce.number().int().min(1).max(16).default(2),
  HUB_WORKER_HEAP_MB: z.coerce
    .number()
    .int()
    .refine((mb) => mb === 0 || (mb >= 128 && mb <= 65536), '0 (no bound) or 128..65536')
    .default(448),
  HUB_WORKER_SEMI_SPACE_MB: z.coerce.number().int().min(0).max(256).default(64),
  HUB_HTTP_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600_000)
    .default(DEFAULT_HTTP_POLICY.timeoutMs),
  HUB_HTTP_RETRIES: z.coerce.number().int().min(0).max(20).default(DEFAULT_HTTP_POLICY.maxRetries),
  HUB_AUTH: z.enum(['keys', 'open']).optional(),
  HUB_AUTH_JWKS_URL: z.string().url().optional(),
  HUB_AUTH_ISSUER: z.string().min(1).optional(),
  HUB_AUTH_AUDIENCE: z.string().min(1).optional(),
  HUB_AUTH_ROLE_CLAIM: z.string().min(1).default('hub_role'),
  HUB_AUTH_REGION_CLAIM: z.string().min(1).default('hub_region'),
  HUB_AUTH_DASHBOARD_CLIENT_ID: z.string().min(1).optional(),
  HUB_AUTH_DASHBOARD_SCOPE: z.string().min(1).default('openid'),
  HUB_AUTH_KEY_CACHE_MS: z.coerce.number().int().min(0).max(600_000).default(5000),
  HUB_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(6000),
  HUB_CORS_ORIGINS: z.string().default(''),
  HUB_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(100_000_000).default(1_048_576),
  HUB_INTROSPECTION_ROLES: z.string().optional(),
});

/** Thrown for configuration the hub cannot run with; the message names the variable. */
export class ConfigError extends Error {}

/**
 * Reads the hub's configuration from the environment (documented in the README). Empty strings
 * count as unset, so `DATABASE_URL=` in a shell behaves like no value at all.
 */
export function loadHubConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`invalid ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  const http: HttpPolicy = {
    ...DEFAULT_HTTP_POLICY,
    timeoutMs: e.HUB_HTTP_TIMEOUT_MS,
    maxRetries: e.HUB_HTTP_RETRIES,
  };
  const feeds = Object.fromEntries(
    SOURCE_IDS.map((source) => [source, feedFromEnv(source, cleaned, http)]),
  ) as Record<SourceId, FeedConfig>;
  return {
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    port: e.PORT,
    homeDir: e.HUB_HOME,
    queuePrefix: e.HUB_QUEUE_PREFIX,
    logLevel: e.LOG_LEVEL,
    feeds,
    sandboxOrgs: e.HUB_SANDBOX_ORGS,
    sandboxSeed: e.HUB_SANDBOX_SEED,
    resolveWorkers: e.HUB_RESOLVE_WORKERS,
    workerHeapMb: e.HUB_WORKER_HEAP_MB,
    workerSemiSpaceMb: e.HUB_WORKER_SEMI_SPACE_MB,
    auth: authFromEnv(e),
  };
}

/**
 * Keys are required whenever a real database is configured; the embedded sandbox runs open on
 * loopback unless HUB_AUTH=keys. Tokens need all three of the JWKS URL, issuer and audience.
 */
function authFromEnv(e: z.infer<typeof EnvSchema>): AuthConfig {
  const jwtParts = [e.HUB_AUTH_JWKS_URL, e.HUB_AUTH_ISSUER, e.HUB_AUTH_AUDIENCE];
  if (jwtParts.some((v) => v !== undefined) && !jwtParts.every((v) => v !== undefined))
    throw new ConfigError(
      'invalid HUB_AUTH_JWKS_URL: tokens need HUB_AUTH_JWKS_URL, HUB_AUTH_ISSUER and ' +
        'HUB_AUTH_AUDIENCE',
    );
  return {
    mode: e.HUB_AUTH ?? (e.DATABASE_URL ? 'keys' : 'open'),
    jwt: e.HUB_AUTH_JWKS_URL
      ? {
          jwksUrl: e.HUB_AUTH_JWKS_URL,
          issuer: e.HUB_AUTH_ISSUER!,
          audience: e.HUB_AUTH_AUDIENCE!,
          roleClaim: e.HUB_AUTH_ROLE_CLAIM,
          regionClaim: e.HUB_AUTH_REGION_CLAIM,
          dashboardClientId: e.HUB_AUTH_DASHBOARD_CLIENT_ID,
          dashboardScope: e.HUB_AUTH_DASHBOARD_SCOPE,
        }
      : undefined,
    keyCacheMs: e.HUB_AUTH_KEY_CACHE_MS,
    rateLimitPerMinute: e.HUB_RATE_LIMIT_PER_MINUTE,
    corsOrigins: e.HUB_CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    maxBodyBytes: e.HUB_MAX_BODY_BYTES,
    introspectionRoles: e.HUB_INTROSPECTION_ROLES?.split(',').map((kind) => {
      const role = kind.trim();
      if (!(role in ROLE_CAPABILITIES))
        throw new ConfigError(
          `invalid HUB_INTROSPECTION_ROLES: "${role}" is not one of ` +
            `${Object.keys(ROLE_CAPABILITIES).join(', ')}`,
        );
      return role as RoleKind;
    }),
  };
}

function feedFromEnv(
  source: SourceId,
  env: Record<string, string | undefined>,
  http: HttpPolicy,
): FeedConfig {
  const prefix = `HUB_FEED_${sourceEnvName(source)}`;
  const transport = SOURCE_TRANSPORT[source];
  const options = transport === 'http' ? { http } : undefined;
  const url = env[`${prefix}_URL`];
  const inbox = env[`${prefix}_INBOX`];
  if (url !== undefined && transport === 'http') {
    if (!/^https?:\/\//.test(url))
      throw new ConfigError(`invalid ${prefix}_URL: expected an http(s) URL, got "${url}"`);
    return {
      source,
      transport,
      url: url.replace(/\/+$/, ''),
      token: env[`${prefix}_TOKEN`],
      sandbox: false,
      options,
    };
  }
  if (inbox !== undefined && transport === 'drop')
    return { source, transport, inbox, sandbox: false };
  if (url !== undefined || inbox !== undefined) {
    const wanted = transport === 'http' ? `${prefix}_URL` : `${prefix}_INBOX`;
    throw new ConfigError(`${source} is a ${transport} feed: configure it with ${wanted}`);
  }
  return { source, transport, sandbox: true, options };
}
