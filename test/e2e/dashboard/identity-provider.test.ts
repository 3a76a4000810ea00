import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from '../../../src/config/project-root';
import { findFreePort } from '../../../src/runtime/ports';
import { CITY, startDashboardHub, type DashboardHub } from '../../support/dashboard-hub';
import { KEYS_ACCESS } from '../../support/test-api';

/** A real OpenID Connect provider in its own process; resolves when it listens. */
async function startIdentityProvider(port: number, redirectUri: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [join(projectRoot(), 'test/support/identity-provider.mjs'), String(port), redirectUri],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // Its start-up warnings (development keys, in-memory store) are what a sandbox provider is.
  createInterface({ input: child.stderr! }).on('line', (line) => {
    if (!line.startsWith('oidc-provider WARNING')) process.stderr.write(`${line}\n`);
  });
  const lines = createInterface({ input: child.stdout! });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the identity provider exited with ${code}`)));
    lines.once('line', () => resolve());
  });
  return child;
}

describe("dashboard sign-in through the province's identity provider", () => {
  let hub: DashboardHub;
  let provider: ChildProcess;
  let issuer: string;

  beforeAll(async () => {
    const port = await findFreePort();
    issuer = `http://127.0.0.1:${port}`;
    hub = await startDashboardHub(600, 7, {
      ...KEYS_ACCESS,
      jwt: {
        jwksUrl: `${issuer}/jwks`,
        issuer,
        audience: 'urn:coverage-hub',
        roleClaim: 'hub_role',
        regionClaim: 'hub_region',
        dashboardClientId: 'coverage-dashboard',
        dashboardScope: 'openid hub',
      },
    });
    provider = await startIdentityProvider(port, `${hub.origin}/sign-in/callback`);
  }, 300_000);

  afterAll(async () => {
    provider?.kill();
    await hub?.close();
  });

  it('signs in at the provider and lands on the region the token names', async () => {
    const { page, errors, screenshot, close } = await hub.open();
    await page.goto(hub.origin);
    await page.getByRole('button', { name: '通过全省统一身份认证登录' }).click();
    await page.waitForURL(new RegExp(`^${issuer}/interaction/`));
    await page.locator('input[name="login"]').fill(`org-department@${CITY}`);
    await page.locator('input[name="password"]').fill('any');
    await page.locator('button[type="submit"]').click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(`${hub.origin}/`);
    // The provider's pages ask for web fonts the closed network cannot reach: not the hub's.
    errors.length = 0;
    const city = await hub.ask<{ coverage: { inScope: number } }>(
      'cityOrgDepartment',
      '{ coverage { inScope } }',
    );
    await page
      .getByTestId('figure-inScope')
      .getByText(city.coverage.inScope.toLocaleString('en-US'), { exact: true })
      .waitFor();
    expect(await page.getByTestId('viewer-region').textContent()).toBe('西安市');
    expect(await page.getByTestId('viewer-role').textContent()).toBe('组织部门');
    await screenshot('signed-in-through-identity-provider');
    expect(errors).toEqual([]);
    await close();
  });
});
