import { CITY, startDashboardHub, type DashboardHub } from '../../support/dashboard-hub';

/** The dashboard in Chromium: sign-in, the overview against the API, drill-down, roles. */
describe('dashboard: sign-in, overview, drill-down and roles in Chromium', () => {
  let hub: DashboardHub;

  beforeAll(async () => {
    hub = await startDashboardHub();
  }, 300_000);

  afterAll(async () => {
    await hub?.close();
  });

  it('signs in with a key and shows the province in scope as the API counts it', async () => {
    const { page, errors, screenshot, close } = await hub.open();
    await page.goto(hub.origin);
    await page.getByTestId('sign-in').waitFor();
    await screenshot('sign-in');
    await page.getByPlaceholder('粘贴管理员发放的密钥（hub_…）').fill('hub_not-a-key');
    await page.getByRole('button', { name: '登 录' }).click();
    await page.getByTestId('sign-in-error').getByText('密钥无效或已吊销').waitFor();
    // The refused key's 401 is the browser's console line of the test's own making.
    errors.length = 0;
    await page.getByPlaceholder('粘贴管理员发放的密钥（hub_…）').fill(hub.keys.admin);
    await page.getByRole('button', { name: '登 录' }).click();
    const api = await hub.ask<{ coverage: { inScope: number; dualCoverageRate: number } }>(
      'admin',
      '{ coverage { inScope dualCoverageRate } }',
    );
    await page.getByTestId('figure-inScope').waitFor();
    expect(await page.getByTestId('figure-inScope').textContent()).toBe(
      api.coverage.inScope.toLocaleString('en-US'),
    );
    expect(await page.getByTestId('figure-dualCoverageRate').textContent()).toBe(
      `${(api.coverage.dualCoverageRate * 100).toFixed(1)}%`,
    );
    await page.getByTestId('chart-sub-region').locator('canvas').first().waitFor();
    await page.getByTestId('chart-trend').locator('canvas').first().waitFor();
    await page.getByTestId('chart-industry').locator('canvas').first().waitFor();
    await screenshot('overview-province');
    expect(errors).toEqual([]);
    await close();
  });

  it('drills down from the province to a city and a county, each as the API counts it', async () => {
    const { page, errors, screenshot, close } = await hub.open('admin');
    await page.goto(hub.origin);
    await page.getByTestId('sub-region-table').getByText('西安市').click();
    await page.waitForURL(/region=610100/);
    const city = await hub.ask<{ coverage: { inScope: number } }>(
      'admin',
      `{ coverage(filter: { region: "${CITY}" }) { inScope } }`,
    );
    await expectFigure(page, 'inScope', city.coverage.inScope.toLocaleString('en-US'));
    expect(await page.getByTestId('region-breadcrumb').textContent()).toContain('西安市');
    const county = page.getByTestId('sub-region-table').locator('tbody tr').first();
    const countyName = (await county.locator('td').first().textContent())!;
    await county.click();
    await page.waitForURL(/region=6101\d\d/);
    const code = new URL(page.url()).searchParams.get('region')!;
    const answer = await hub.ask<{ coverage: { inScope: number } }>(
      'admin',
      `{ coverage(filter: { region: "${code}" }) { inScope } }`,
    );
    await expectFigure(page, 'inScope', answer.coverage.inScope.toLocaleString('en-US'));
    expect(await page.getByTestId('region-breadcrumb').textContent()).toContain(countyName);
    await screenshot('overview-county');
    expect(errors).toEqual([]);
    await close();
  });

  it("shows a city's key only its city, and a page its role may not see is refused", async () => {
    const { page, errors, screenshot, close } = await hub.open('analyst');
    await page.goto(hub.origin);
    const city = await hub.ask<{ coverage: { inScope: number } }>(
      'analyst',
      '{ coverage { inScope } }',
    );
    await expectFigure(page, 'inScope', city.coverage.inScope.toLocaleString('en-US'));
    expect(await page.getByTestId('viewer-region').textContent()).toBe('西安市');
    const menu = (await page.getByTestId('menu').textContent()) ?? '';
    expect(menu).toContain('未覆盖清单');
    expect(menu).not.toContain('待核实关联');
    expect(menu).not.toContain('数据源');
    await page.goto(`${hub.origin}/review`);
    await page.getByText('当前角色无权访问此页面').waitFor();
    await screenshot('forbidden-review-for-analyst');
    expect(errors).toEqual([]);
    await close();
  });

  it('switches to English and back, and signs out', async () => {
    const { page, errors, close } = await hub.open('admin');
    await page.goto(hub.origin);
    await page.getByTestId('figure-inScope').waitFor();
    await page.getByTestId('language-switch').click();
    await page.getByText('Coverage overview').waitFor();
    await page.getByTestId('language-switch').click();
    await page.getByText('覆盖概览').first().waitFor();
    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in').waitFor();
    expect(errors).toEqual([]);
    await close();
  });
});

async function expectFigure(
  page: import('playwright-core').Page,
  id: string,
  text: string,
): Promise<void> {
  await page.getByTestId(`figure-${id}`).getByText(text, { exact: true }).waitFor();
}
