import type { Page } from 'playwright-core';
import { CITY, startDashboardHub, type DashboardHub } from '../../support/dashboard-hub';

const ITEMS = ['place', 'facilities', 'signage', 'flagOrEmblem', 'books', 'rules'] as const;
const RUN_COUNTS = ['fetched', 'new', 'changed', 'unchanged', 'quarantined'] as const;

const number = (n: number) => n.toLocaleString('en-US');

async function textOf(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(testId).first().textContent()) ?? '').trim();
}

/** The operations pages in Chromium against the API: V1 venues, A1 meetings, feedback, sources. */
describe('dashboard: venues, joint meetings, feedback and sources', () => {
  let hub: DashboardHub;

  beforeAll(async () => {
    hub = await startDashboardHub();
  }, 300_000);

  afterAll(async () => {
    await hub?.close();
  });

  it('shows the V1 figures as the API counts them, per item and body by body', async () => {
    const api = await hub.ask<{
      venueSummary: {
        bodies: number;
        reported: number;
        compliant: number;
        byItem: Record<(typeof ITEMS)[number], number>;
      };
      venues: { totalCount: number };
    }>(
      'admin',
      `{ venueSummary { bodies reported compliant
           byItem { place facilities signage flagOrEmblem books rules } }
         venues(first: 1) { totalCount } }`,
    );
    const { page, errors, screenshot, close } = await hub.open('admin');
    await page.goto(`${hub.origin}/venues`);
    await page.getByTestId('figure-bodies').waitFor();
    expect(await textOf(page, 'figure-bodies')).toBe(number(api.venueSummary.bodies));
    expect(await textOf(page, 'figure-reported')).toBe(number(api.venueSummary.reported));
    expect(await textOf(page, 'figure-compliant')).toBe(number(api.venueSummary.compliant));
    for (const item of ITEMS)
      expect(await textOf(page, `figure-item-${item}`)).toBe(number(api.venueSummary.byItem[item]));
    await page.getByTestId('chart-venue-items').locator('canvas').first().waitFor();
    await page.getByTestId('venue-table').locator('tbody tr.ant-table-row').first().waitFor();
    expect(await page.getByTestId('venue-pager').textContent()).toContain(
      `共 ${api.venues.totalCount} 条`,
    );
    await screenshot('venues');
    expect(await page.locator('.ant-alert-error, .ant-alert-warning').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('records an A1 meeting as the city department; list and API show it', async () => {
    const { page, errors, screenshot, close } = await hub.open('cityOrgDepartment');
    await page.goto(`${hub.origin}/meetings`);
    const form = page.getByTestId('record-meeting');
    await form.waitFor();
    const heldOn = await form.locator('.ant-picker input').inputValue();
    const year = Number(heldOn.slice(0, 4));
    const query = `query($year: Int!) { jointMeetings(region: "${CITY}", year: $year) {
      division { code } meetings compliant dates } }`;
    type Answer = {
      jointMeetings: Array<{
        division: { code: string };
        meetings: number;
        compliant: boolean;
        dates: string[];
      }>;
    };
    const before = await hub.ask<Answer>('cityOrgDepartment', query, { year });
    const held = before.jointMeetings[0].meetings;
    await page.getByTestId(`meetings-${CITY}`).getByText(String(held), { exact: true }).waitFor();
    await form.getByTestId('meeting-title').fill('党建带工建联席会议（浏览器测试）');
    await form.getByTestId('meeting-submit').click();
    await page.getByText(`已登记 西安市 ${heldOn} 的联席会议`).waitFor();
    await page
      .getByTestId(`meetings-${CITY}`)
      .getByText(String(held + 1), { exact: true })
      .waitFor();
    const after = await hub.ask<Answer>('cityOrgDepartment', query, { year });
    expect(after.jointMeetings[0]).toMatchObject({
      division: { code: CITY },
      meetings: held + 1,
      compliant: true,
    });
    expect(after.jointMeetings[0].dates).toContain(heldOn);
    await screenshot('joint-meetings');
    expect(await page.locator('.ant-alert-error, .ant-alert-warning').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it("shows the tax department its discrepancies as the API counts them, no other's", async () => {
    const api = await hub.ask<{
      employees: { totalCount: number };
      status: { totalCount: number };
    }>(
      'taxDepartment',
      `{ employees: discrepancies(source: "tax", field: EMPLOYEES) { totalCount }
         status: discrepancies(source: "tax", field: STATUS) { totalCount } }`,
    );
    await expect(
      hub.ask(
        'taxDepartment',
        '{ discrepancies(source: "statistics", field: NAME) { totalCount } }',
      ),
    ).rejects.toThrow(/own feed/);
    const { page, errors, screenshot, close } = await hub.open('taxDepartment');
    // Asking for another department in the address still shows the key's own.
    await page.goto(`${hub.origin}/feedback?source=statistics`);
    await page
      .getByTestId('discrepancy-count')
      .getByText(number(api.employees.totalCount), { exact: true })
      .waitFor();
    const picker = page.getByTestId('feedback-source');
    expect(await picker.textContent()).toBe('税务');
    expect(await picker.getAttribute('class')).toContain('ant-select-disabled');
    await page.getByTestId('feedback-field').getByText('登记状态').click();
    await page
      .getByTestId('discrepancy-count')
      .getByText(number(api.status.totalCount), { exact: true })
      .waitFor();
    await page.getByTestId('feedback-field').getByText('从业人员').click();
    await page
      .getByTestId('discrepancy-count')
      .getByText(number(api.employees.totalCount), { exact: true })
      .waitFor();
    if (api.employees.totalCount > 0)
      await page
        .getByTestId('discrepancy-table')
        .locator('tbody tr.ant-table-row')
        .first()
        .waitFor();
    await screenshot('feedback');
    // The export carries the same department and field.
    await page.getByTestId('export-discrepancies').click();
    const download = page.waitForEvent('download');
    await page.getByText('导出 CSV').click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    expect(await page.locator('.ant-alert-error, .ant-alert-warning').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it("shows each feed's last run and the quarantine as the API gives them", async () => {
    const api = await hub.ask<{
      sources: Array<{
        source: string;
        state: string;
        lastSucceededAt: string | null;
        lastRun: Record<(typeof RUN_COUNTS)[number], number> | null;
      }>;
      quarantine: { totalCount: number };
    }>(
      'admin',
      `{ sources { source state lastSucceededAt
                   lastRun { fetched new changed unchanged quarantined } }
         quarantine(first: 1) { totalCount } }`,
    );
    const { page, errors, screenshot, close } = await hub.open('admin');
    await page.goto(`${hub.origin}/sources`);
    await page.getByTestId('feed-table').waitFor();
    for (const feed of api.sources) {
      expect(feed.lastRun).not.toBeNull();
      expect(new Date(feed.lastSucceededAt!).getTime()).toBeGreaterThan(0);
      for (const key of RUN_COUNTS)
        expect(await textOf(page, `last-run-${feed.source}-${key}`)).toBe(
          number(feed.lastRun![key]),
        );
    }
    await page
      .getByTestId('quarantine-count')
      .getByText(number(api.quarantine.totalCount), { exact: true })
      .waitFor();
    await page.getByTestId('runs-table').locator('tbody tr.ant-table-row').first().waitFor();
    // Every feed of the sandbox has succeeded, so each shows when.
    const lastSuccess = page.getByTestId('feed-table').locator('tbody tr td:nth-child(6)');
    for (const cell of await lastSuccess.allTextContents())
      expect(cell).toMatch(/^\d{4}-\d\d-\d\d/);
    await screenshot('sources');
    expect(await page.locator('.ant-alert-error, .ant-alert-warning').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});
