import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { CITY, startDashboardHub, type DashboardHub } from '../../support/dashboard-hub';

interface GapPage {
  gaps: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    edges: Array<{ node: { reason: string; organization: { id: string; name: string } } }>;
  };
}

const GAPS = `query ($rule: GapRule!, $region: String, $after: String) {
  gaps(rule: $rule, filter: { region: $region }, first: 50, after: $after) {
    totalCount
    pageInfo { endCursor hasNextPage }
    edges { node { reason organization { id name } } }
  }
}`;

/** The ids and reasons of the gap table's rows, in order. */
async function shownRows(page: Page): Promise<Array<{ id: string; reason: string }>> {
  const rows = page.getByTestId('gap-table').locator('tbody tr[data-organization]');
  const ids = await rows.evaluateAll((trs) =>
    trs.map((tr) => tr.getAttribute('data-organization')),
  );
  // The API's (English) reason; the cell says it in Chinese.
  const reasons = await rows
    .getByTestId('gap-reason')
    .evaluateAll((spans) => spans.map((span) => span.getAttribute('data-reason') ?? ''));
  return ids.map((id, i) => ({ id: id!, reason: reasons[i] }));
}

function apiRows(answer: GapPage): Array<{ id: string; reason: string }> {
  return answer.gaps.edges.map((e) => ({ id: e.node.organization.id, reason: e.node.reason }));
}

/**
 * The gap lists, joint founding candidates and organization search in Chromium, each against the
 * API's own answer; the gap export downloaded in the browser and opened as the clerk would.
 */
describe('dashboard: gap lists, exports, J1 candidates and organization search', () => {
  let hub: DashboardHub;
  let rule: string;
  let ruleLabel: string;
  let region: string;
  let first: GapPage;

  beforeAll(async () => {
    hub = await startDashboardHub();
    // The rule with the most gaps in the city, so that there is a second page to turn to.
    const { gapRules } = await hub.ask<{ gapRules: Array<{ rule: string; label: string }> }>(
      'admin',
      '{ gapRules { rule label } }',
    );
    const counted = await Promise.all(
      gapRules.map(async (r) => ({
        ...r,
        answer: await hub.ask<GapPage>('admin', GAPS, { rule: r.rule, region: CITY }),
      })),
    );
    const largest = counted.sort((a, b) => b.answer.gaps.totalCount - a.answer.gaps.totalCount)[0];
    rule = largest.rule;
    ruleLabel = largest.label;
    region = CITY;
    first = largest.answer;
    if (!first.gaps.pageInfo.hasNextPage) {
      region = '61';
      first = await hub.ask<GapPage>('admin', GAPS, { rule, region });
    }
    expect(first.gaps.pageInfo.hasNextPage).toBe(true);
  }, 300_000);

  afterAll(async () => {
    await hub?.close();
  });

  it("lists a rule's gaps in a region as the API does, page by page", async () => {
    const { page, errors, screenshot, close } = await hub.open('admin');
    await page.goto(`${hub.origin}/gaps?region=${region}`);
    await page.getByTestId('gap-table').waitFor();
    // The rule is picked as a clerk picks it.
    await page.getByTestId('gap-rule').click();
    await page.locator('.ant-select-item-option').filter({ hasText: ruleLabel }).click();
    await page.waitForURL(new RegExp(`rule=${rule}`));
    await page
      .getByTestId('pager-total')
      .getByText(`共 ${first.gaps.totalCount.toLocaleString('en-US')} 个组织`)
      .waitFor();
    await page
      .locator(`tr[data-organization="${first.gaps.edges[0].node.organization.id}"]`)
      .waitFor();
    expect(await shownRows(page)).toEqual(apiRows(first));
    // Said in Chinese, as the export says it.
    expect(await page.getByTestId('gap-reason').first().textContent()).toMatch(/覆盖为“/);
    await screenshot('gaps');

    const second = await hub.ask<GapPage>('admin', GAPS, {
      rule,
      region,
      after: first.gaps.pageInfo.endCursor,
    });
    await page.getByTestId('pager-next').click();
    await page.waitForURL(/pages=/);
    await page.getByTestId('pager-page').getByText('第 2 页').waitFor();
    await page
      .locator(`tr[data-organization="${second.gaps.edges[0].node.organization.id}"]`)
      .waitFor();
    expect(await shownRows(page)).toEqual(apiRows(second));
    expect(await page.getByTestId('gap-table').locator('tbody tr').first().textContent()).toMatch(
      /^51/,
    );

    // The address keeps the page: reopened, it shows the same rows; "first page" goes back.
    await page.reload();
    await page
      .locator(`tr[data-organization="${second.gaps.edges[0].node.organization.id}"]`)
      .waitFor();
    await page.getByTestId('pager-first').click();
    await page
      .locator(`tr[data-organization="${first.gaps.edges[0].node.organization.id}"]`)
      .waitFor();
    expect(await shownRows(page)).toEqual(apiRows(first));
    expect(errors).toEqual([]);
    await close();
  });

  it('downloads the same list as Excel and CSV in the browser', async () => {
    const { page, errors, close } = await hub.open('admin');
    await page.goto(`${hub.origin}/gaps?rule=${rule}&region=${region}`);
    await page.getByTestId('gap-table').waitFor();
    const dir = mkdtempSync(join(tmpdir(), 'gap-export-'));
    const download = async (label: string, file: string) => {
      await page.getByTestId('export').click();
      const item = page.locator('.ant-dropdown-menu-item').filter({ hasText: label });
      await item.waitFor();
      // A failed export says why in a message: fail with that, not with a silent timeout.
      const failure = page
        .locator('.ant-message-error')
        .waitFor({ timeout: 60_000 })
        .then(
          async () => {
            throw new Error(await page.locator('.ant-message-error').innerText());
          },
          () => new Promise<never>(() => {}),
        );
      const [saved] = await Promise.all([
        Promise.race([page.waitForEvent('download', { timeout: 60_000 }), failure]),
        item.click(),
      ]);
      const path = join(dir, file);
      await saved.saveAs(path);
      expect(saved.suggestedFilename()).toMatch(/^覆盖缺口_/);
      return path;
    };
    const firstId = first.gaps.edges[0].node.organization.id;
    const firstName = first.gaps.edges[0].node.organization.name;

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download('导出 Excel', 'gaps.xlsx'));
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('组织编号');
    expect(sheet.actualRowCount - 1).toBe(first.gaps.totalCount);
    expect(String(sheet.getRow(2).getCell(1).value)).toBe(firstId);
    expect(sheet.getRow(2).getCell(3).value).toBe(firstName);

    const csv = parse(readFileSync(await download('导出 CSV', 'gaps.csv')), {
      columns: true,
      bom: true,
    }) as Array<Record<string, string>>;
    expect(csv).toHaveLength(first.gaps.totalCount);
    expect(csv[0]['组织编号']).toBe(firstId);
    expect(csv[0]['单位名称']).toBe(firstName);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the J1 candidate groups largest first as the API does, with their members', async () => {
    interface Groups {
      jointCoverageCandidates: {
        totalCandidates: number;
        totalGroups: number;
        groups: Array<{
          key: string;
          organizations: number;
          members: Array<{ id: string; name: string }>;
        }>;
      };
    }
    const ask = (side: string, groupBy: string) =>
      hub.ask<Groups>(
        'admin',
        `query ($side: JointSide!, $groupBy: JointGrouping!) {
          jointCoverageCandidates(side: $side, groupBy: $groupBy, filter: { region: "${CITY}" },
            first: 20) {
            totalCandidates totalGroups groups { key organizations members(first: 20) { id name } }
          }
        }`,
        { side, groupBy },
      );
    // A side and grouping with groups in the sandbox (streets are the likeliest).
    let side = 'UNION';
    let groupBy = 'STREET';
    let api = await ask(side, groupBy);
    for (const [s, g] of [
      ['PARTY', 'STREET'],
      ['UNION', 'PARK'],
      ['PARTY', 'PARK'],
    ]) {
      if (api.jointCoverageCandidates.groups.length > 0) break;
      [side, groupBy] = [s, g];
      api = await ask(side, groupBy);
    }
    const answer = api.jointCoverageCandidates;
    expect(answer.groups.length).toBeGreaterThan(0);

    const { page, errors, screenshot, close } = await hub.open('admin');
    await page.goto(`${hub.origin}/joint?region=${CITY}`);
    await page
      .getByTestId('group-table')
      .or(page.getByTestId('joint-empty'))
      .waitFor()
      .catch(async (e) => {
        await screenshot('joint-debug');
        throw e;
      });
    await page
      .getByTestId('joint-side')
      .getByText(side === 'UNION' ? '工会' : '党组织')
      .click();
    await page
      .getByTestId('joint-group-by')
      .getByText(groupBy === 'STREET' ? '乡镇街道' : '开发区/园区')
      .click();
    await page.waitForURL(new RegExp(`groupBy=${groupBy}`));
    // The candidates on a side are the same under every grouping: wait for the groups.
    await page
      .getByTestId('joint-groups')
      .getByText(answer.totalGroups.toLocaleString('en-US'), { exact: true })
      .waitFor();
    expect(await page.getByTestId('joint-candidates').textContent()).toBe(
      answer.totalCandidates.toLocaleString('en-US'),
    );
    const rows = page.getByTestId('group-table').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.getByTestId('group-organizations').allTextContents()).toEqual(
      answer.groups.map((g) => g.organizations.toLocaleString('en-US')),
    );
    const labels = await rows.getByTestId('group-label').allTextContents();
    answer.groups.forEach((g, i) => expect(labels[i]).toContain(g.key));

    await rows.first().locator('.ant-table-row-expand-icon').click();
    const members = page.getByTestId('group-members').first();
    await members.waitFor();
    expect(await members.getByTestId('organization-link').allTextContents()).toEqual(
      answer.groups[0].members.map((m) => m.name),
    );
    await screenshot('joint-candidates');
    expect(errors).toEqual([]);
    await close();
  });

  it('finds an organization by name and by USCC and opens its page', async () => {
    const target = first.gaps.edges[0].node.organization;
    const { organization } = await hub.ask<{ organization: { uscc: string | null } }>(
      'admin',
      `{ organization(id: "${target.id}") { uscc } }`,
    );
    const { page, errors, screenshot, close } = await hub.open('admin');
    await page.goto(`${hub.origin}/organizations`);
    await page.getByTestId('organization-table').waitFor();
    const list = await hub.ask<{ organizations: { totalCount: number } }>(
      'admin',
      '{ organizations(first: 1) { totalCount } }',
    );
    await page
      .getByTestId('organization-pager-total')
      .getByText(`共 ${list.organizations.totalCount.toLocaleString('en-US')} 个组织`)
      .waitFor();

    await page.locator('input[data-testid=name-search]').fill(target.name);
    await page.locator('input[data-testid=name-search]').press('Enter');
    await page.waitForURL(/q=/);
    const match = page.getByTestId('name-matches').getByRole('link', { name: target.name });
    await match.first().waitFor();
    await screenshot('organization-search');
    expect(errors).toEqual([]);
    await match.first().click();
    await page.waitForURL(`${hub.origin}/organizations/${encodeURIComponent(target.id)}`);

    if (organization.uscc) {
      await page.goto(`${hub.origin}/organizations`);
      await page.locator('input[data-testid=identifier-lookup]').fill(organization.uscc);
      await page.locator('input[data-testid=identifier-lookup]').press('Enter');
      await page.waitForURL(`${hub.origin}/organizations/${encodeURIComponent(target.id)}`);
    }
    await page.goto(`${hub.origin}/organizations`);
    await page.locator('input[data-testid=identifier-lookup]').fill('91610000NOSUCHCODE');
    await page.locator('input[data-testid=identifier-lookup]').press('Enter');
    await page.getByTestId('identifier-problem').waitFor();
    await close();
  });
});
