import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import type { Pool } from 'pg';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApiKey } from '../../src/access/api-key-store';
import { projectRoot } from '../../src/config/project-root';
import type { AuthConfig } from '../../src/access/auth-config';
import { loadHubConfig } from '../../src/config/hub-config';
import { runCoverage } from '../../src/coverage-stage/run-coverage';
import { resolvePending } from '../../src/resolution/resolve-pending';
import { openDatabase } from '../../src/storage/database';
import { openSqlPool } from '../../src/storage/sql-pool';
import { buildHubSchema } from '../../schema/build-schema';
import { startApiServer, type ApiServer } from '../../schema/server/api-server';
import { enterprise, landRecords, statisticsUnit, testUscc } from '../support/graph-builder';
import { createTestDatabase, testQueuePrefix, TEST_REDIS_URL } from '../support/test-database';
import type { TestDatabase } from '../support/test-database';

// Three U1 gaps (≥ 25 employees, no union): two in Xi'an (610113, 610104), one in Baoji (610302).
const [X1, X2, B1] = [1, 2, 3].map((n) => testUscc(n));
const ISSUER = 'https://idp.shaanxi.test';
const AUDIENCE = 'coverage-hub';

const authConfig = (jwksUrl: string, extra: Partial<AuthConfig> = {}): AuthConfig => ({
  mode: 'keys',
  jwt: {
    jwksUrl,
    issuer: ISSUER,
    audience: AUDIENCE,
    roleClaim: 'hub_role',
    regionClaim: 'hub_region',
  },
  keyCacheMs: 5000,
  rateLimitPerMinute: 0,
  corsOrigins: [],
  maxBodyBytes: 1_048_576,
  ...extra,
});

/** Every probe: a root field, mutation or export, asked as a key holder would. */
const PROBES: Record<string, { query?: string; path?: string }> = {
  coverage: { query: '{ coverage { inScope } }' },
  coverageTrend: { query: '{ coverageTrend(points: 2) { counts { inScope } } }' },
  viewer: { query: '{ viewer { role capabilities } }' },
  gapRules: { query: '{ gapRules { rule label open } }' },
  ruleFlags: { query: '{ ruleFlags { flag label } }' },
  gaps: { query: '{ gaps(rule: U1_NO_STANDALONE_UNION) { edges { node { reason } } } }' },
  organizations: { query: '{ organizations(first: 5) { edges { node { id } } } }' },
  organization: { query: `{ organization(uscc: "${X1}") { id } }` },
  searchOrganizations: { query: '{ searchOrganizations(name: "西安科技") { similarity } }' },
  jointCoverageCandidates: {
    query: '{ jointCoverageCandidates(side: UNION, groupBy: PARK) { ruleSet } }',
  },
  jointMeetings: { query: '{ jointMeetings(region: "610100", year: 2026) { level } }' },
  venues: { query: '{ venues(first: 1) { totalCount } }' },
  venueSummary: { query: '{ venueSummary { bodies } }' },
  discrepancies: {
    query: '{ discrepancies(source: "tax", field: EMPLOYEES, first: 1) { edges { cursor } } }',
  },
  quarantine: { query: '{ quarantine(first: 1) { edges { cursor } } }' },
  reviewQueue: { query: '{ reviewQueue(first: 1) { totalCount } }' },
  sources: { query: '{ sources { source } }' },
  syncRuns: { query: '{ syncRuns(first: 1) { edges { cursor } } }' },
  apiKeys: { query: '{ apiKeys { id } }' },
  auditTrail: { query: '{ auditTrail(first: 1) { edges { cursor } } }' },
  confirmLink: { query: 'mutation { confirmLink(reviewId: "999999") { id } }' },
  rejectLink: { query: 'mutation { rejectLink(reviewId: "999999") }' },
  mergeOrganizations: {
    query: 'mutation { mergeOrganizations(ids: ["999998", "999999"], reason: "probe") { id } }',
  },
  splitOrganization: {
    query: 'mutation { splitOrganization(id: "999999", records: [], reason: "probe") { id } }',
  },
  recordJointMeeting: {
    query: 'mutation { recordJointMeeting(region: "610100", heldOn: "2099-01-01") { id } }',
  },
  createApiKey: { query: 'mutation { createApiKey(role: "no-such-role") { key } }' },
  revokeApiKey: { query: 'mutation { revokeApiKey(id: "0") }' },
  coverageChanges: {
    query: '{ coverageChanges(since: "2020-01-01T00:00:00Z", first: 1) { edges { cursor } } }',
  },
  timeline: {
    query: `{ organization(uscc: "${X1}") { timeline(first: 1) { edges { cursor } } } }`,
  },
  partyOrganization: { query: '{ partyOrganization(id: "1") { name } }' },
  union: { query: '{ union(id: "1") { name } }' },
  partyOrganizations: { query: '{ partyOrganizations(first: 1) { edges { cursor } } }' },
  unions: { query: '{ unions(first: 1) { edges { cursor } } }' },
  followUpCase: { query: '{ followUpCase(id: "999999") { id } }' },
  followUps: { query: '{ followUps(first: 1) { edges { cursor } } }' },
  followUpProgress: { query: '{ followUpProgress(year: 2026) { division } }' },
  openFollowUp: {
    query:
      'mutation { openFollowUp(organizationId: "999999", rule: U1_NO_STANDALONE_UNION) { id } }',
  },
  advanceFollowUp: { query: 'mutation { advanceFollowUp(id: "999999", to: CONTACTED) { id } }' },
  assignFollowUp: { query: 'mutation { assignFollowUp(id: "999999", assignee: "张三") { id } }' },
  setFollowUpAutoOpen: {
    query:
      'mutation { setFollowUpAutoOpen(rule: U1_NO_STANDALONE_UNION, region: "610113", enabled: false) }',
  },
  webhookSubscriptions: { query: '{ webhookSubscriptions { id } }' },
  webhookDeliveries: { query: '{ webhookDeliveries(first: 1) { edges { cursor } } }' },
  createWebhookSubscription: {
    query: 'mutation { createWebhookSubscription(url: "not a url") { secret } }',
  },
  deleteWebhookSubscription: { query: 'mutation { deleteWebhookSubscription(id: "0") }' },
  replayWebhookDelivery: { query: 'mutation { replayWebhookDelivery(id: "0") }' },
  'export gaps': { path: '/exports/gaps.csv?rule=U1_NO_STANDALONE_UNION' },
  'export discrepancies': { path: '/exports/discrepancies.csv?source=tax&field=EMPLOYEES' },
};
type Probe = keyof typeof PROBES;
const ALL = Object.keys(PROBES) as Probe[];

const READ_REGION: Probe[] = [
  'viewer',
  'coverage',
  'coverageTrend',
  'gapRules',
  'ruleFlags',
  'gaps',
  'coverageChanges',
  'timeline',
  'partyOrganization',
  'union',
  'partyOrganizations',
  'unions',
  'followUpCase',
  'followUps',
  'followUpProgress',
  'organizations',
  'organization',
  'searchOrganizations',
  'jointCoverageCandidates',
  'jointMeetings',
  'venues',
  'venueSummary',
  'export gaps',
];
const WORK: Probe[] = [
  ...READ_REGION,
  'reviewQueue',
  'sources',
  'syncRuns',
  'confirmLink',
  'rejectLink',
  'mergeOrganizations',
  'splitOrganization',
  'recordJointMeeting',
  'openFollowUp',
  'advanceFollowUp',
  'assignFollowUp',
  'setFollowUpAutoOpen',
];

/** The specification: what each key may do; everything else is refused. */
const ALLOWED: Record<string, { role: string; region?: string; allowed: Probe[] }> = {
  admin: { role: 'admin', allowed: ALL },
  'org-department of Xi’an': {
    role: 'org-department',
    region: '610100',
    allowed: [...WORK, 'discrepancies', 'export discrepancies'],
  },
  'trade-union (province)': {
    role: 'trade-union',
    allowed: [...WORK, 'discrepancies', 'export discrepancies'],
  },
  'department:tax': {
    role: 'department:tax',
    allowed: [
      'viewer',
      'coverage',
      'coverageTrend',
      'gapRules',
      'ruleFlags',
      'organizations',
      'organization',
      'searchOrganizations',
      'timeline',
      'partyOrganization',
      'union',
      'partyOrganizations',
      'unions',
      'discrepancies',
      'export discrepancies',
      'quarantine',
      'sources',
      'syncRuns',
    ],
  },
  'analyst of Xi’an': { role: 'analyst', region: '610100', allowed: READ_REGION },
  portal: { role: 'portal', allowed: [] },
};

interface AnswerBody {
  data?: Record<string, unknown>;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  text?: string;
}

describe('who may see what', () => {
  let db: TestDatabase;
  let pool: Pool;
  let orm: MikroORM;
  let api: ApiServer;
  let jwks: Server;
  let jwksUrl: string;
  let signing: KeyLike;
  let publicJwk: JWK;
  const keys: Record<string, string> = {};

  const ask = async (
    credential: string | undefined,
    probe: { query?: string; path?: string; variables?: Record<string, unknown> },
    server: ApiServer = api,
  ) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (credential) headers.authorization = `Bearer ${credential}`;
    const url = probe.path ? `${server.url.replace(/\/graphql$/, '')}${probe.path}` : server.url;
    const response = await fetch(url, {
      method: probe.path ? 'GET' : 'POST',
      headers,
      body: probe.path
        ? undefined
        : JSON.stringify({ query: probe.query, variables: probe.variables }),
    });
    const text = await response.text();
    const body: AnswerBody = response.headers.get('content-type')?.includes('json')
      ? (JSON.parse(text) as AnswerBody)
      : { text };
    return { status: response.status, body };
  };
  const codes = (body: { errors?: Array<{ extensions?: { code?: string } }> }) =>
    (body.errors ?? []).map((e) => e.extensions?.code);
  const refused = (answer: Awaited<ReturnType<typeof ask>>) =>
    answer.status === 403 ||
    codes(answer.body).includes('FORBIDDEN') ||
    codes(answer.body).includes('PERSISTED_OPERATION_REQUIRED');

  const token = (claims: Record<string, unknown>, options: { kid?: string; exp?: string } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'idp-1' })
      .setIssuer((claims.iss as string | undefined) ?? ISSUER)
      .setAudience((claims.aud as string | undefined) ?? AUDIENCE)
      .setSubject('zhang.san')
      .setIssuedAt()
      .setExpirationTime(options.exp ?? '10m')
      .sign(signing);

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    signing = pair.privateKey;
    publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'idp-1', alg: 'RS256', use: 'sig' };
    jwks = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [publicJwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;

    db = await createTestDatabase();
    pool = openSqlPool(db.url);
    orm = await openDatabase(db.url);
    await landRecords(pool, [
      enterprise('RX1', X1, '西安甲科技有限公司', {
        legalRepresentative: '张三',
        address: '西安市雁塔区科技路1号',
      }),
      enterprise('RX2', X2, '西安乙科技有限公司', { divisionCode: '610104' }),
      enterprise('RB1', B1, '宝鸡丙科技有限公司', { divisionCode: '610302' }),
      // Statistics places X1 and B1 in other counties than the registry: DIVISION discrepancies.
      statisticsUnit(X1, '西安甲科技有限公司', 30, { divisionCode: '610104' }),
      statisticsUnit(X2, '西安乙科技有限公司', 40),
      statisticsUnit(B1, '宝鸡丙科技有限公司', 50, { divisionCode: '610303' }),
    ]);
    await resolvePending(pool);
    await runCoverage(pool);
    for (const [name, spec] of Object.entries(ALLOWED))
      keys[name] = (
        await createApiKey(pool, { role: spec.role, region: spec.region, createdBy: 'test' })
      ).key;
    api = await startApiServer({
      auth: authConfig(jwksUrl),
      orm,
      pool,
      feeds: loadHubConfig({}).feeds,
      port: 0,
      host: '127.0.0.1',
    });
  });
  afterAll(async () => {
    await api.close();
    await new Promise((resolve) => jwks.close(resolve));
    await orm.close();
    await pool.end();
    await db.drop();
  });

  it('probes every query and mutation of the schema', async () => {
    const schema = await buildHubSchema();
    const roots = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
      Object.keys(type.getFields()),
    );
    expect(roots.filter((field) => !(field in PROBES))).toEqual([]);
  });

  it('answers 401 without a key, with a bad one and with a revoked one', async () => {
    const none = await ask(undefined, PROBES.coverage);
    expect(none.status).toBe(401);
    expect(codes(none.body)).toEqual(['UNAUTHENTICATED']);
    expect((await ask('hub_not-a-key', PROBES.coverage)).status).toBe(401);
    expect((await ask(undefined, PROBES['export gaps'])).status).toBe(401);

    const made = await createApiKey(pool, { role: 'admin', createdBy: 'test' });
    expect((await ask(made.key, PROBES.coverage)).status).toBe(200);
    const revoked = await ask(keys.admin, {
      query: 'mutation($id: ID!) { revokeApiKey(id: $id) }',
      variables: { id: made.view.id },
    });
    expect(revoked.body.data).toEqual({ revokeApiKey: true });
    expect((await ask(made.key, PROBES.coverage)).status).toBe(401);
  });

  describe.each(Object.entries(ALLOWED))('the matrix: %s', (name, spec) => {
    it.each(ALL)('%s', async (probe) => {
      const answer = await ask(keys[name], PROBES[probe]);
      expect(answer.status).not.toBe(401);
      expect(answer.status).toBeLessThan(500);
      expect({ probe, refused: refused(answer) }).toEqual({
        probe,
        refused: !spec.allowed.includes(probe),
      });
    });
  });

  it("an analyst of Xi'an sees exactly Xi'an's U1 gaps, nothing of another city", async () => {
    const gapsOf = async (credential: string, region?: string) => {
      const answer = await ask(credential, {
        query: `query($f: CoverageFilter) { gaps(rule: U1_NO_STANDALONE_UNION, filter: $f, first: 50) {
                  totalCount edges { node { organization { uscc division { code } } } } } }`,
        variables: { f: region ? { region } : null },
      });
      expect(answer.body.errors).toBeUndefined();
      const gaps = answer.body.data!.gaps as {
        totalCount: number;
        edges: Array<{ node: { organization: { uscc: string } } }>;
      };
      return {
        total: gaps.totalCount,
        usccs: gaps.edges.map((e) => e.node.organization.uscc).sort(),
      };
    };
    const analyst = keys['analyst of Xi’an'];
    expect(await gapsOf(analyst)).toEqual({ total: 2, usccs: [X1, X2].sort() });
    expect(await gapsOf(analyst)).toEqual(await gapsOf(keys.admin, '6101'));
    expect(await gapsOf(keys.admin)).toEqual({ total: 3, usccs: [X1, X2, B1].sort() });

    const coverage = async (credential: string, region?: string) =>
      (
        await ask(credential, {
          query: 'query($f: CoverageFilter) { coverage(filter: $f) { inScope organizations } }',
          variables: { f: region ? { region } : null },
        })
      ).body.data!.coverage;
    expect(await coverage(analyst)).toEqual(await coverage(keys.admin, '610100'));
    expect(await coverage(analyst)).not.toEqual(await coverage(keys.admin));

    for (const probe of [
      {
        query:
          '{ gaps(rule: U1_NO_STANDALONE_UNION, filter: { region: "610300" }) { totalCount } }',
      },
      { query: '{ coverage(filter: { region: "61" }) { inScope } }' },
      { query: `{ organization(uscc: "${B1}") { id } }` },
      { query: '{ venues(region: "610300") { totalCount } }' },
      { query: '{ jointMeetings(region: "610000", year: 2026) { level } }' },
      { query: '{ organizations(filter: { division: "610302" }) { totalCount } }' },
      { path: '/exports/gaps.csv?rule=U1_NO_STANDALONE_UNION&region=610300' },
    ])
      expect({ probe, refused: refused(await ask(analyst, probe)) }).toEqual({
        probe,
        refused: true,
      });

    const search = await ask(analyst, {
      query: '{ searchOrganizations(name: "宝鸡丙科技") { similarity } }',
    });
    expect(search.body.data).toEqual({ searchOrganizations: [] });
    const exported = await ask(analyst, PROBES['export gaps']);
    expect(exported.status).toBe(200);
    expect(exported.body.text).toContain('西安甲科技有限公司');
    expect(exported.body.text).not.toContain('宝鸡');
  });

  it('never shows an analyst a legal representative or an address', async () => {
    const attributes = async (credential: string) => {
      const answer = await ask(credential, {
        query: `{ organization(uscc: "${X1}") { attributes { name value source } conflicts { name } } }`,
      });
      const rows = (
        answer.body.data!.organization as { attributes: Array<{ name: string; value: unknown }> }
      ).attributes;
      return Object.fromEntries(
        rows
          .filter((a) => ['legalRepresentative', 'address'].includes(a.name))
          .map((a) => [a.name, a.value]),
      );
    };
    expect(await attributes(keys['analyst of Xi’an'])).toEqual({
      legalRepresentative: '***',
      address: '***',
    });
    expect(await attributes(keys['org-department of Xi’an'])).toEqual({
      legalRepresentative: '张三',
      address: '西安市雁塔区科技路1号',
    });
    // A department sees personal values its own feed stated, and no other's.
    expect(await attributes(keys['department:tax'])).toEqual({
      legalRepresentative: '***',
      address: '***',
    });
    const merge = await ask(keys['analyst of Xi’an'], PROBES.mergeOrganizations);
    expect(codes(merge.body)).toEqual(['FORBIDDEN']);
  });

  it("a region's key sees the discrepancies of its region's organizations only", async () => {
    const listed = async (credential: string) => {
      const answer = await ask(credential, {
        query: `{ discrepancies(source: "statistics", field: DIVISION) { totalCount
                  edges { node { organization { uscc } } } } }`,
      });
      expect(answer.body.errors).toBeUndefined();
      const list = answer.body.data!.discrepancies as {
        totalCount: number;
        edges: Array<{ node: { organization: { uscc: string } } }>;
      };
      return {
        total: list.totalCount,
        usccs: list.edges.map((e) => e.node.organization.uscc).sort(),
      };
    };
    // X2's statistics unit states the default county, not its registry's 610104: three in all.
    expect(await listed(keys.admin)).toEqual({ total: 3, usccs: [X1, X2, B1].sort() });
    expect(await listed(keys['org-department of Xi’an'])).toEqual({
      total: 2,
      usccs: [X1, X2].sort(),
    });
    const exported = await ask(keys['org-department of Xi’an'], {
      path: '/exports/discrepancies.csv?source=statistics&field=DIVISION',
    });
    expect(exported.status).toBe(200);
    expect(exported.body.text).toContain('西安甲科技有限公司');
    expect(exported.body.text).not.toContain('宝鸡');
  });

  it('a department sees its own feed only', async () => {
    const other = await ask(keys['department:tax'], {
      query: '{ discrepancies(source: "statistics", field: EMPLOYEES) { edges { cursor } } }',
    });
    expect(codes(other.body)).toEqual(['FORBIDDEN']);
    const sources = await ask(keys['department:tax'], PROBES.sources);
    expect(sources.body.data).toEqual({ sources: [{ source: 'tax' }] });
    const exported = await ask(keys['department:tax'], {
      path: '/exports/discrepancies.csv?source=statistics&field=EMPLOYEES',
    });
    expect(exported.status).toBe(403);
  });

  it('a portal runs the persisted operations only', async () => {
    const text = readFileSync(
      join(projectRoot(), 'schema', 'persisted-operations', 'PortalCoverage.graphql'),
      'utf8',
    );
    const hash = createHash('sha256').update(text).digest('hex');
    const byHash = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.portal}` },
      body: JSON.stringify({
        variables: { region: '610100' },
        extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
      }),
    });
    const answer = (await byHash.json()) as { data: { coverage: { inScope: number } } };
    expect(byHash.status).toBe(200);
    expect(answer.data.coverage.inScope).toBe(2);
    const byText = await ask(keys.portal, { query: text, variables: { region: '610100' } });
    expect(byText.body.data).toEqual(answer.data);
    const other = await ask(keys.portal, { query: '{ coverage { inScope } }' });
    expect(other.status).toBe(403);
    expect(codes(other.body)).toEqual(['PERSISTED_OPERATION_REQUIRED']);
  });

  it('verifies tokens of the identity provider: role and region from claims', async () => {
    const valid = await token({ hub_role: 'analyst', hub_region: '610100' });
    const gaps = await ask(valid, {
      query: '{ gaps(rule: U1_NO_STANDALONE_UNION) { totalCount } }',
    });
    expect(gaps.body.data).toEqual({ gaps: { totalCount: 2 } });
    expect(refused(await ask(valid, PROBES.mergeOrganizations))).toBe(true);

    const other = await generateKeyPair('RS256');
    const refusedTokens = {
      expired: await token({ hub_role: 'analyst' }, { exp: '-1m' }),
      'wrong issuer': await token({ hub_role: 'analyst', iss: 'https://elsewhere.test' }),
      'wrong audience': await token({ hub_role: 'analyst', aud: 'another-app' }),
      'unknown key id': await new SignJWT({ hub_role: 'admin' })
        .setProtectedHeader({ alg: 'RS256', kid: 'not-published' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setExpirationTime('10m')
        .sign(other.privateKey),
      'no role claim': await token({}),
      'unknown role': await token({ hub_role: 'superuser' }),
    };
    for (const [why, credential] of Object.entries(refusedTokens)) {
      const answer = await ask(credential, PROBES.coverage);
      expect({ why, status: answer.status }).toEqual({ why, status: 401 });
    }
  });

  it('refuses abuse with 4xx before running it', async () => {
    const aliases = Array.from(
      { length: 2000 },
      (_, i) => `o${i}: organization(id: "${i + 1}") { links { weight } attributes { name } }`,
    ).join(' ');
    const complex = await ask(keys.admin, { query: `{ ${aliases} }` });
    expect(complex.status).toBe(400);
    expect(codes(complex.body)).toEqual(['QUERY_TOO_COMPLEX']);

    const huge = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.admin}` },
      body: JSON.stringify({
        query: '{ coverage { inScope } }',
        variables: { pad: 'x'.repeat(2 * 2 ** 20) }, // twice the 1 MiB limit
      }),
    });
    expect(huge.status).toBe(413);
    const broken = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.admin}` },
      body: '{"query": ',
    });
    expect(broken.status).toBe(400);
  });

  it('limits requests per key, counted in Redis', async () => {
    const limited = await startApiServer({
      auth: authConfig(jwksUrl, { rateLimitPerMinute: 5 }),
      orm,
      pool,
      feeds: loadHubConfig({}).feeds,
      port: 0,
      host: '127.0.0.1',
      redisUrl: TEST_REDIS_URL,
      redisPrefix: testQueuePrefix(),
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++)
        statuses.push((await ask(keys.admin, PROBES.coverage, limited)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
      expect((await ask(keys['analyst of Xi’an'], PROBES.coverage, limited)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('subscriptions over graphql-ws need a key that may run operations', async () => {
    const outcome = (authorization?: string) =>
      new Promise<string>((resolve) => {
        const client = createClient({
          url: api.url.replace(/^http/, 'ws'),
          webSocketImpl: WebSocket,
          connectionParams: authorization ? { authorization } : {},
          retryAttempts: 0,
        });
        const timer = setTimeout(() => {
          void client.dispose();
          resolve('subscribed');
        }, 700);
        client.subscribe(
          { query: 'subscription { coverageChanged { change } }' },
          {
            // A refused subscription answers its errors as a result, then completes.
            next: (result) => {
              const code = result.errors?.[0]?.extensions?.code;
              if (code === undefined) return;
              clearTimeout(timer);
              void client.dispose();
              resolve(`refused ${String(code)}`);
            },
            error: () => {
              clearTimeout(timer);
              void client.dispose();
              resolve('refused at connection');
            },
            complete: () => undefined,
          },
        );
      });
    expect(await outcome(`Bearer ${keys['analyst of Xi’an']}`)).toBe('subscribed');
    expect(await outcome()).toMatch(/^refused/);
    expect(await outcome(`Bearer ${keys.portal}`)).toMatch(/^refused/);
    expect(await outcome(`Bearer ${keys['department:tax']}`)).toBe('refused FORBIDDEN');
  });

  it('introspection follows the configured roles', async () => {
    const narrowed = await startApiServer({
      auth: authConfig(jwksUrl, { introspectionRoles: ['admin'] }),
      orm,
      pool,
      feeds: loadHubConfig({}).feeds,
      port: 0,
      host: '127.0.0.1',
    });
    try {
      const query = { query: '{ __schema { queryType { name } } }' };
      expect((await ask(keys.admin, query, narrowed)).body.data).toEqual({
        __schema: { queryType: { name: 'Query' } },
      });
      expect(codes((await ask(keys['analyst of Xi’an'], query, narrowed)).body)).toEqual([
        'FORBIDDEN',
      ]);
    } finally {
      await narrowed.close();
    }
  });

  it('audits every operation and export: who, what, rows, outcome', async () => {
    const analyst = keys['analyst of Xi’an'];
    await ask(analyst, {
      query: 'query AnalystGaps { gaps(rule: U1_NO_STANDALONE_UNION) { edges { cursor } } }',
    });
    await ask(analyst, PROBES.mergeOrganizations);
    await ask(analyst, PROBES['export gaps']);
    await ask(undefined, PROBES.coverage);
    await api.audit.flush();
    const trail = async (variables: Record<string, unknown>) =>
      (
        await ask(keys.admin, {
          query: `query($subject: String, $outcome: String) {
                    auditTrail(subject: $subject, outcome: $outcome, first: 100) {
                      edges { node { subject role region kind operation rows outcome } } } }`,
          variables,
        })
      ).body.data!.auditTrail as { edges: Array<{ node: Record<string, unknown> }> };
    const analystSubject = (await ask(keys.admin, { query: '{ apiKeys { id role region } }' })).body
      .data!.apiKeys as Array<{ id: string; role: string; region: string | null }>;
    const id = analystSubject.find((k) => k.role === 'analyst' && k.region === '610100')!.id;
    const rows = (await trail({ subject: `key:${id}` })).edges.map((e) => e.node);
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          operation: 'AnalystGaps',
          kind: 'query',
          rows: 2,
          outcome: 'ok',
        }),
        expect.objectContaining({ kind: 'mutation', outcome: 'FORBIDDEN', region: '610100' }),
        expect.objectContaining({
          kind: 'export',
          operation: '/exports/gaps.csv',
          rows: 2,
          outcome: 'ok',
        }),
      ]),
    );
    const anonymous = (await trail({ outcome: 'UNAUTHENTICATED' })).edges.map((e) => e.node);
    expect(anonymous.length).toBeGreaterThan(0);
    expect(anonymous[0]).toMatchObject({ subject: 'anonymous', role: null });
  });
});
