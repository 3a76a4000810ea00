import { CITY, startDashboardHub, type DashboardHub } from '../../support/dashboard-hub';

interface QueueAnswer {
  reviewQueue: { totalCount: number; edges: Array<{ node: { id: string } }> };
}
interface CaseAnswer {
  followUpCase: { state: string; history: Array<{ from: string | null; state: string }> };
}

/** The review queue and the follow-up board in Chromium, each decision checked in the API. */
describe('dashboard: review queue and follow-up board in Chromium', () => {
  let hub: DashboardHub;
  let reviewId: string;
  let record: { source: string; stream: string; key: string };
  let candidateId: string;
  let caseId: string;
  let organizationId: string;

  beforeAll(async () => {
    hub = await startDashboardHub();
    // The sandbox's matcher is sure of every record (its queue is empty), so the suggestion is
    // written as the matcher writes one between its thresholds (as src/resolution tests do): a
    // real record of one Xi'an organization, suggested for the Xi'an organization whose name is
    // nearest, with per-field reasons.
    const pair = await hub.pool.query<{
      source: string;
      stream: string;
      record_key: string;
      current: string;
      candidate: string;
    }>(
      `select l.source, l.stream, l.record_key, a.id::text as current, b.id::text as candidate
         from organization a
         join record_link l on l.organization_id = a.id
         join lateral (
           select id from organization b
            where b.division_code like '6101%' and b.id <> a.id
            order by similarity(b.name, a.name) desc limit 1) b on true
        where a.division_code like '6101%' and l.source <> 'market-regulation'
        order by a.id limit 1`,
    );
    const p = pair.rows[0];
    record = { source: p.source, stream: p.stream, key: p.record_key };
    candidateId = p.candidate;
    const inserted = await hub.pool.query<{ id: string }>(
      `insert into link_review (source, stream, record_key, current_organization_id,
         candidate_organization_id, weight, reasons, status, created_at)
       values ($1, $2, $3, $4, $5, 7.4, $6, 'open', now()) returning id::text as id`,
      [
        p.source,
        p.stream,
        p.record_key,
        p.current,
        p.candidate,
        JSON.stringify([
          { field: 'name', level: 'similar', weight: 4.1 },
          { field: 'division', level: 'same-city', weight: 1.8 },
          { field: 'legalRep', level: 'missing', weight: 0 },
          { field: 'address', level: 'close', weight: 2.6 },
          { field: 'industry', level: 'different', weight: -1.1 },
        ]),
      ],
    );
    reviewId = inserted.rows[0].id;
  }, 300_000);

  afterAll(async () => {
    await hub?.close();
  });

  it('confirms a suggestion in the browser: the queue drops it and the record joins', async () => {
    const before = await hub.ask<QueueAnswer>(
      'cityOrgDepartment',
      '{ reviewQueue(first: 50) { totalCount edges { node { id } } } }',
    );
    expect(before.reviewQueue.edges.map((e) => e.node.id)).toContain(reviewId);
    const { page, errors, screenshot, close } = await hub.open('cityOrgDepartment');
    await page.goto(`${hub.origin}/review`);
    const entry = page.getByTestId(`review-entry-${reviewId}`);
    await entry.getByTestId('review-reasons').waitFor();
    expect(await entry.getByTestId('review-record').textContent()).toContain(record.key);
    await screenshot('review-queue');
    await entry.getByTestId('confirm').click();
    await page.getByTestId('decision-note').fill('名称、住所相近，经电话核实为同一单位');
    await page.getByTestId('decision-ok').click();
    await page.getByText('已确认归并').waitFor();
    await page.getByTestId('review-empty').waitFor();
    const after = await hub.ask<QueueAnswer>(
      'cityOrgDepartment',
      '{ reviewQueue(first: 50) { totalCount edges { node { id } } } }',
    );
    expect(after.reviewQueue.edges.map((e) => e.node.id)).not.toContain(reviewId);
    expect(after.reviewQueue.totalCount).toBe(before.reviewQueue.totalCount - 1);
    const joined = await hub.ask<{
      organization: {
        links: Array<{ decidedBy: string; record: { key: string; source: string } }>;
      };
    }>(
      'admin',
      `query ($id: ID!) { organization(id: $id) { links { decidedBy record { key source } } } }`,
      { id: candidateId },
    );
    const link = joined.organization.links.find(
      (l) => l.record.key === record.key && l.record.source === record.source,
    );
    expect(link?.decidedBy).toMatch(/^person:/);
    expect(errors).toEqual([]);
    await close();
  });

  it('moves a case opened on a gap to its next state, in the board and in the API', async () => {
    const gaps = await hub.ask<{
      gaps: { edges: Array<{ node: { organization: { id: string; name: string } } }> };
    }>(
      'cityOrgDepartment',
      `{ gaps(rule: U1_NO_STANDALONE_UNION, filter: { region: "${CITY}" }, first: 1) {
           edges { node { organization { id name } } } } }`,
    );
    const organization = gaps.gaps.edges[0].node.organization;
    const opened = await hub.ask<{ openFollowUp: { id: string; state: string } }>(
      'cityOrgDepartment',
      `mutation ($id: ID!) {
         openFollowUp(organizationId: $id, rule: U1_NO_STANDALONE_UNION, due: "2020-01-31") {
           id state } }`,
      { id: organization.id },
    );
    caseId = opened.openFollowUp.id;
    organizationId = organization.id;
    expect(opened.openFollowUp.state).toBe('OPEN');

    const { page, errors, screenshot, close } = await hub.open('cityOrgDepartment');
    await page.goto(`${hub.origin}/follow-ups`);
    const row = page.getByTestId(`case-row-${caseId}`);
    await row.waitFor();
    expect(await row.textContent()).toContain(organization.name);
    await row.getByTestId('overdue').waitFor();
    await page.getByTestId('progress-table').locator('tbody tr').first().waitFor();
    await screenshot('follow-up-board');
    await row.click();
    const drawer = page.getByTestId('case-drawer');
    await drawer.getByTestId('move-form').waitFor();
    expect(await drawer.getByTestId('move-to').textContent()).toContain('已联系');
    await drawer.getByTestId('move-note').fill('已电话联系企业负责人');
    await drawer.getByTestId('move-submit').click();
    await page.getByText('已转为「已联系」').waitFor();
    await drawer.getByTestId('case-history').getByText('待跟进 → 已联系').waitFor();
    await screenshot('follow-up-case');
    const moved = await hub.ask<CaseAnswer>(
      'cityOrgDepartment',
      'query ($id: ID!) { followUpCase(id: $id) { state history { from state } } }',
      { id: caseId },
    );
    expect(moved.followUpCase.state).toBe('CONTACTED');
    expect(moved.followUpCase.history).toEqual([
      { from: null, state: 'OPEN' },
      { from: 'OPEN', state: 'CONTACTED' },
    ]);
    expect(errors).toEqual([]);
    await close();
  });

  it('re-assigns and re-dates the case in the drawer, in the history and the API', async () => {
    const { page, errors, screenshot, close } = await hub.open('cityOrgDepartment');
    await page.goto(`${hub.origin}/follow-ups?case=${caseId}`);
    const drawer = page.getByTestId('case-drawer');
    const form = drawer.getByTestId('assign-form');
    await form.waitFor();
    await form.getByTestId('assign-assignee').fill('雁塔区总工会 王五');
    const due = form.locator('.ant-picker input');
    await due.click();
    await due.fill('2027-05-31');
    await due.press('Tab'); // Enter would submit the form at once
    await form.getByTestId('assign-note').fill('改由街道跟进');
    await form.getByTestId('assign-submit').click();
    await page.getByText('已更新责任单位和办结时限').waitFor();
    await drawer.getByTestId('case-history').getByText('已联系：改派 / 调整时限').waitFor();
    await drawer.getByText('2027-05-31', { exact: true }).first().waitFor();
    await screenshot('follow-up-case-assigned');
    const assigned = await hub.ask<{
      followUpCase: {
        assignee: string;
        due: string;
        overdue: boolean;
        history: Array<{ from: string | null; state: string; note: string | null }>;
      };
    }>(
      'cityOrgDepartment',
      `query ($id: ID!) {
         followUpCase(id: $id) { assignee due overdue history { from state note } } }`,
      { id: caseId },
    );
    expect(assigned.followUpCase).toMatchObject({
      assignee: '雁塔区总工会 王五',
      due: '2027-05-31',
      overdue: false,
    });
    expect(assigned.followUpCase.history.at(-1)).toEqual({
      from: 'CONTACTED',
      state: 'CONTACTED',
      note: expect.stringMatching(
        /→ 雁塔区总工会 王五; due: 2020-01-31 → 2027-05-31 — 改由街道跟进$/,
      ),
    });

    // The organization page's link: the board of its cases only, counted by totalCount.
    const counted = await hub.ask<{ followUps: { totalCount: number } }>(
      'cityOrgDepartment',
      'query ($o: ID!) { followUps(filter: { organizationId: $o }) { totalCount } }',
      { o: organizationId },
    );
    await page.goto(`${hub.origin}/organizations/${organizationId}?tab=followUps`);
    await page.getByTestId('follow-up-board').click();
    await page.waitForURL(/\/follow-ups\?organization=\d+$/);
    expect(page.url()).toContain(`organization=${organizationId}`);
    await page.getByTestId('filter-organization').waitFor();
    await page.getByTestId(`case-row-${caseId}`).waitFor();
    await page
      .getByTestId('tab-ALL')
      .getByText(String(counted.followUps.totalCount), { exact: true })
      .waitFor();
    expect(await page.locator('[data-testid^="case-row-"]').count()).toBe(
      counted.followUps.totalCount,
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the analyst the board and the case without a button to change them', async () => {
    const { page, errors, screenshot, close } = await hub.open('analyst');
    await page.goto(`${hub.origin}/follow-ups?case=${caseId}`);
    const drawer = page.getByTestId('case-drawer');
    await drawer.getByTestId('read-only').waitFor();
    await drawer.getByTestId('case-history').getByText('待跟进 → 已联系').waitFor();
    expect(await drawer.getByTestId('move-form').count()).toBe(0);
    expect(await drawer.getByTestId('assign-form').count()).toBe(0);
    expect(await page.getByTestId('open-case').count()).toBe(0);
    await screenshot('follow-up-case-analyst');
    expect(errors).toEqual([]);
    await close();
  });
});
