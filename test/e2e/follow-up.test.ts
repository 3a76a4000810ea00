import type { Pool } from 'pg';
import { createApiKey } from '../../src/access/api-key-store';
import { runCoverage } from '../../src/coverage-stage/run-coverage';
import { followUpChanges } from '../../src/follow-up/follow-up-changes';
import { resolvePending } from '../../src/resolution/resolve-pending';
import type { ApiServer } from '../../schema/server/api-server';
import { enterprise, landRecords, statisticsUnit, testUscc, union } from '../support/graph-builder';
import { KEYS_ACCESS, startTestApi, type TestApi } from '../support/test-api';

const [X1, X2, X3, B1] = [1, 2, 3, 4].map((n) => testUscc(n));

interface Answer {
  data?: Record<string, unknown>;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

describe('follow-up cases: every gap followed until founded or explained', () => {
  let hub: TestApi;
  let pool: Pool;
  let api: ApiServer;
  let county: string;
  let analyst: string;
  const ask = async (
    key: string,
    query: string,
    variables: Record<string, unknown> = {},
    actor?: string,
  ) => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${key}`,
        ...(actor ? { 'x-hub-actor': actor } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Answer;
  };
  const idOf = async (uscc: string) =>
    (
      await pool.query<{ id: string }>(
        `select organization_id::text as id from organization_identifier
          where scheme = 'uscc' and value = $1`,
        [uscc],
      )
    ).rows[0].id;
  const sync = async () => {
    await resolvePending(pool);
    await runCoverage(pool);
    return followUpChanges(pool);
  };
  const CASE = 'id state rule region assignee due outcome history { state from by note }';
  const advance = (id: string, to: string, extra: Record<string, unknown> = {}) =>
    ask(
      county,
      `mutation($id: ID!, $to: FollowUpState!, $note: String, $reason: NotApplicableReason,
                $department: String, $correction: String) {
         advanceFollowUp(id: $id, to: $to, note: $note, reason: $reason, department: $department,
                         correction: $correction) { ${CASE} } }`,
      { id, to, ...extra },
    );

  beforeAll(async () => {
    ({ pool, api } = hub = await startTestApi(KEYS_ACCESS));
    await landRecords(pool, [
      enterprise('R1', X1, '西安甲科技有限公司'),
      enterprise('R2', X2, '西安乙科技有限公司'),
      enterprise('R4', B1, '宝鸡丁科技有限公司', { divisionCode: '610302' }),
      statisticsUnit(X1, '西安甲科技有限公司', 30),
      statisticsUnit(X2, '西安乙科技有限公司', 40),
      statisticsUnit(B1, '宝鸡丁科技有限公司', 50),
    ]);
    await sync();
    county = (
      await createApiKey(pool, { role: 'org-department', region: '610113', createdBy: 't' })
    ).key;
    analyst = (await createApiKey(pool, { role: 'analyst', region: '610100', createdBy: 't' })).key;
  });
  afterAll(() => hub.close());

  it('a county opens a case on a U1 gap, moves it, and the roster closes it as FOUNDED', async () => {
    const opened = await ask(
      county,
      `mutation($o: ID!) { openFollowUp(organizationId: $o, rule: U1_NO_STANDALONE_UNION,
         assignee: "雁塔区总工会 李四", due: "2027-03-31") { ${CASE} } }`,
      { o: await idOf(X1) },
    );
    expect(opened.errors).toBeUndefined();
    const id = (opened.data!.openFollowUp as { id: string }).id;
    expect(opened.data!.openFollowUp).toMatchObject({ state: 'OPEN', region: '610113' });

    for (const to of ['CONTACTED', 'VISITED', 'FOUNDING'])
      expect((await advance(id, to, { note: `${to} 记录` })).errors).toBeUndefined();
    const back = await advance(id, 'CONTACTED');
    expect(back.errors?.[0]?.message).toMatch(/does not go back from FOUNDING/);
    const again = await ask(
      county,
      `mutation($o: ID!) { openFollowUp(organizationId: $o, rule: U1_NO_STANDALONE_UNION) { id } }`,
      { o: await idOf(X1) },
    );
    expect(again.errors?.[0]?.message).toMatch(/already has a case in work/);

    await landRecords(pool, [union('U1', '单独建会', [[X1, '西安甲科技有限公司']], 30)]);
    expect(await sync()).toMatchObject({ founded: 1 });
    const closed = await ask(county, `query($id: ID!) { followUpCase(id: $id) { ${CASE} } }`, {
      id,
    });
    const view = closed.data!.followUpCase as {
      state: string;
      outcome: Record<string, unknown>;
      history: Array<{ state: string; by: string }>;
    };
    expect(view.state).toBe('FOUNDED');
    expect(view.outcome).toMatchObject({ confirmedBy: 'roster' });
    expect(view.history.map((h) => `${h.state} ${h.by.split(':')[0]}`)).toEqual([
      'OPEN key',
      'CONTACTED key',
      'VISITED key',
      'FOUNDING key',
      'FOUNDED hub',
    ]);

    // The union is dissolved: the gap reappears and its case reopens.
    await landRecords(pool, [
      {
        ...union('U1', '单独建会', [[X1, '西安甲科技有限公司']], 30),
        status: { raw: '注销', active: false },
      },
    ]);
    expect(await sync()).toMatchObject({ reopened: 1 });
    const reopened = await ask(county, `query($id: ID!) { followUpCase(id: $id) { state } }`, {
      id,
    });
    expect(reopened.data!.followUpCase).toEqual({ state: 'OPEN' });
  });

  it('refuses other regions, and transitions missing what they need', async () => {
    const other = await ask(
      county,
      `mutation($o: ID!) { openFollowUp(organizationId: $o, rule: U1_NO_STANDALONE_UNION) { id } }`,
      { o: await idOf(B1) },
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noGap = await ask(
      county,
      `mutation($o: ID!) { openFollowUp(organizationId: $o, rule: P1_NO_STANDALONE_PARTY_ORGANIZATION) { id } }`,
      { o: await idOf(X2) },
    );
    expect(noGap.errors?.[0]?.message).toMatch(
      /has no open P1_NO_STANDALONE_PARTY_ORGANIZATION gap/,
    );
    const analystOpens = await ask(
      analyst,
      `mutation($o: ID!) { openFollowUp(organizationId: $o, rule: U1_NO_STANDALONE_UNION) { id } }`,
      { o: await idOf(X2) },
    );
    expect(analystOpens.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const opened = await ask(
      county,
      `mutation($o: ID!) { openFollowUp(organizationId: $o, rule: U1_NO_STANDALONE_UNION) { id } }`,
      { o: await idOf(X2) },
    );
    const id = (opened.data!.openFollowUp as { id: string }).id;
    expect(
      (await advance(id, 'DATA_ERROR', { department: 'statistics' })).errors?.[0]?.message,
    ).toMatch(/needs the correction/);
    const dataError = await advance(id, 'DATA_ERROR', {
      department: 'statistics',
      correction: '期末从业人员应为14人',
      note: '实地核查',
    });
    expect(dataError.data!.advanceFollowUp).toMatchObject({
      state: 'DATA_ERROR',
      outcome: { department: 'statistics', correction: '期末从业人员应为14人' },
    });
    expect((await advance(id, 'CONTACTED')).errors?.[0]?.message).toMatch(/closed: reopen it/);

    // The statistics department finds it in its discrepancy report and its export.
    const statistics = (await createApiKey(pool, { role: 'department:statistics', createdBy: 't' }))
      .key;
    const report = await ask(
      statistics,
      `{ discrepancies(source: "statistics", field: FEEDBACK) { totalCount
           edges { node { organization { uscc } recordKey value detail } } } }`,
    );
    expect(report.data!.discrepancies).toMatchObject({
      totalCount: 1,
      edges: [
        {
          node: {
            organization: { uscc: X2 },
            recordKey: X2,
            value: { correction: '期末从业人员应为14人' },
          },
        },
      ],
    });
    const csv = await fetch(
      `${api.url.replace(/\/graphql$/, '')}/exports/discrepancies.csv?source=statistics&field=FEEDBACK`,
      { headers: { authorization: `Bearer ${statistics}` } },
    );
    const text = await csv.text();
    expect(csv.status).toBe(200);
    expect(text).toContain('核查反馈');
    expect(text).toContain('期末从业人员应为14人');
  });

  it('opens cases by itself where an admin chose, and counts progress by county', async () => {
    const chosen = await ask(
      county,
      'mutation { setFollowUpAutoOpen(rule: U1_NO_STANDALONE_UNION, region: "610113") }',
    );
    expect(chosen.data).toEqual({ setFollowUpAutoOpen: true });
    await landRecords(pool, [
      enterprise('R3', X3, '西安丙科技有限公司'),
      statisticsUnit(X3, '西安丙科技有限公司', 60),
    ]);
    expect(await sync()).toMatchObject({ opened: 1 });
    const listed = await ask(
      county,
      '{ followUps(filter: { states: [OPEN] }) { edges { node { organization { uscc } region } } } }',
    );
    const organizations = (
      listed.data!.followUps as { edges: Array<{ node: { organization: { uscc: string } } }> }
    ).edges.map((e) => e.node.organization.uscc);
    expect(organizations.sort()).toEqual([X1, X3].sort());

    const progress = await ask(
      county,
      `{ followUpProgress(year: ${new Date().getFullYear()}, rule: U1_NO_STANDALONE_UNION) {
           division gaps gapsWithCase founded notApplicable dataError inWork overdue } }`,
    );
    expect(progress.data!.followUpProgress).toEqual([
      {
        division: '610113',
        gaps: 3,
        gapsWithCase: 2,
        founded: 0,
        notApplicable: 0,
        dataError: 1,
        inWork: 2,
        overdue: 0,
      },
    ]);
    // The county's joint meeting (rule A1) records the cases it reviewed.
    const caseIds = (
      await pool.query<{ id: string }>('select id::text from follow_up_case order by id')
    ).rows.map((r) => r.id);
    const meeting = await ask(
      county,
      `mutation($cases: [ID!]) { recordJointMeeting(region: "610113", heldOn: "2026-12-01",
         title: "联席会议", reviewedCases: $cases) { reviewedCases { id state } } }`,
      { cases: caseIds.slice(0, 2) },
    );
    expect(meeting.data!.recordJointMeeting).toEqual({
      reviewedCases: [
        { id: caseIds[0], state: 'OPEN' },
        { id: caseIds[1], state: 'DATA_ERROR' },
      ],
    });
    const unknown = await ask(
      county,
      `mutation { recordJointMeeting(region: "610113", heldOn: "2026-12-01",
         reviewedCases: ["999999"]) { id } }`,
    );
    expect(unknown.errors?.[0]?.message).toMatch(/no follow-up case of region 610113: 999999/);

    const csv = await fetch(`${api.url.replace(/\/graphql$/, '')}/exports/follow-ups.csv`, {
      headers: { authorization: `Bearer ${county}` },
    });
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toContain('个案编号');
    expect(lines).toHaveLength(4); // the header and the three cases of the county
    expect(lines.join('\n')).toContain('数据有误');
    expect(lines.join('\n')).toContain('统计：期末从业人员应为14人');
    // The automatic case belongs to the county's union; closed FOUNDED by a person and not
    // confirmed by a roster for a month, it is flagged.
    const auto = (
      await ask(
        county,
        '{ followUps(filter: { states: [OPEN] }) { edges { node { id assignee organization { uscc } } } } }',
      )
    ).data!.followUps as {
      edges: Array<{ node: { id: string; assignee: string; organization: { uscc: string } } }>;
    };
    const x3 = auto.edges.find((e) => e.node.organization.uscc === X3)!.node;
    expect(x3.assignee).toMatch(/雁塔区总工会$/);
    const founded = await advance(x3.id, 'FOUNDED', { note: '已组建，待名册报送' });
    expect(founded.data!.advanceFollowUp).toMatchObject({ state: 'FOUNDED' });
    const flagged = async () =>
      (
        (
          await ask(county, `query($id: ID!) { followUpCase(id: $id) { unconfirmed } }`, {
            id: x3.id,
          })
        ).data!.followUpCase as { unconfirmed: boolean }
      ).unconfirmed;
    expect(await flagged()).toBe(false);
    await pool.query(
      `update follow_up_case set closed_at = now() - interval '31 days' where id = $1`,
      [x3.id],
    );
    expect(await flagged()).toBe(true);

    const outside = await ask(
      county,
      '{ followUpProgress(year: 2026, region: "610302") { gaps } }',
    );
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('re-assigns and re-dates a case in work, in its history; refused once closed', async () => {
    const assign = (key: string, id: string, args: Record<string, unknown>, actor?: string) =>
      ask(
        key,
        `mutation($id: ID!, $assignee: String, $due: String, $note: String) {
           assignFollowUp(id: $id, assignee: $assignee, due: $due, note: $note) { ${CASE} } }`,
        { id, ...args },
        actor,
      );
    const caseOf = async (uscc: string) =>
      (
        await pool.query<{ id: string }>(
          'select id::text from follow_up_case where organization_id = $1',
          [await idOf(uscc)],
        )
      ).rows[0].id;
    const x1 = await caseOf(X1); // OPEN again, 雁塔区总工会 李四 until 2027-03-31
    const assigned = await assign(
      county,
      x1,
      { assignee: '雁塔区总工会 王五', due: '2027-06-30', note: '改由街道跟进' },
      'li.si',
    );
    expect(assigned.errors).toBeUndefined();
    const answer = assigned.data!.assignFollowUp as {
      state: string;
      assignee: string;
      due: string;
      history: Array<{ state: string; from: string | null; by: string; note: string | null }>;
    };
    expect(answer).toMatchObject({
      state: 'OPEN',
      assignee: '雁塔区总工会 王五',
      due: '2027-06-30',
    });
    expect(answer.history.at(-1)).toEqual({
      state: 'OPEN',
      from: 'OPEN',
      by: expect.stringMatching(/\/li\.si$/),
      note: 'assignee: 雁塔区总工会 李四 → 雁塔区总工会 王五; due: 2027-03-31 → 2027-06-30 — 改由街道跟进',
    });
    // Only the due date, then the API answers the new values.
    const redated = await assign(county, x1, { due: '2027-07-15' });
    expect(
      (redated.data!.assignFollowUp as { history: Array<{ note: string }> }).history.at(-1),
    ).toMatchObject({ note: 'due: 2027-06-30 → 2027-07-15' });
    const read = await ask(county, `query($id: ID!) { followUpCase(id: $id) { assignee due } }`, {
      id: x1,
    });
    expect(read.data!.followUpCase).toEqual({ assignee: '雁塔区总工会 王五', due: '2027-07-15' });

    const refused = async (key: string, id: string, args: Record<string, unknown>) =>
      (await assign(key, id, args)).errors?.[0];
    expect((await refused(county, x1, { due: '2027-02-30' }))?.message).toMatch(/YYYY-MM-DD/);
    expect((await refused(county, x1, { due: '2027-07-15' }))?.message).toMatch(
      /nothing to change/,
    );
    expect((await refused(county, x1, {}))?.message).toMatch(/nothing to change/);
    const closed = await refused(county, await caseOf(X2), { assignee: '张三' });
    expect(closed?.message).toMatch(/DATA_ERROR case is closed/);
    expect(closed?.extensions?.code).toBe('BAD_USER_INPUT');
    const baoji = (
      await createApiKey(pool, { role: 'org-department', region: '610302', createdBy: 't' })
    ).key;
    expect((await refused(baoji, x1, { assignee: '宝鸡' }))?.extensions?.code).toBe('FORBIDDEN');
    expect((await refused(analyst, x1, { assignee: '张三' }))?.extensions?.code).toBe('FORBIDDEN');
    expect((await refused(county, '999999', { assignee: '张三' }))?.message).toMatch(
      /no follow-up case 999999/,
    );
    const kept = await ask(county, `query($id: ID!) { followUpCase(id: $id) { assignee due } }`, {
      id: x1,
    });
    expect(kept.data!.followUpCase).toEqual({ assignee: '雁塔区总工会 王五', due: '2027-07-15' });
  });

  it('counts the cases under the filter and region, and selects one organization', async () => {
    const page = async (key: string, filter: Record<string, unknown>, first = 50) => {
      const answer = await ask(
        key,
        `query($filter: FollowUpFilter, $first: Int) { followUps(filter: $filter, first: $first) {
           totalCount edges { node { state organization { uscc } } } } }`,
        { filter, first },
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.followUps as {
        totalCount: number;
        edges: Array<{ node: { state: string; organization: { uscc: string } } }>;
      };
    };
    const all = await page(county, {});
    expect(all.totalCount).toBe(3);
    expect(all.edges).toHaveLength(all.totalCount);
    const open = await page(county, { states: ['OPEN'] });
    expect(open.totalCount).toBe(open.edges.length);
    expect(open.totalCount).toBe(1);
    // The count is of the whole filter, not of the page.
    const first = await page(county, {}, 1);
    expect(first).toMatchObject({ totalCount: 3 });
    expect(first.edges).toHaveLength(1);

    const x2 = await page(county, { organizationId: await idOf(X2) });
    expect(x2).toEqual({
      totalCount: 1,
      edges: [{ node: { state: 'DATA_ERROR', organization: { uscc: X2 } } }],
    });
    const none = await page(county, { organizationId: await idOf(X2), states: ['OPEN'] });
    expect(none).toEqual({ totalCount: 0, edges: [] });
    // Another region's organization is outside the county's scope: nothing, and a count of 0.
    const baoji = await page(county, { organizationId: await idOf(B1) });
    expect(baoji).toEqual({ totalCount: 0, edges: [] });
    const bad = await ask(county, '{ followUps(filter: { organizationId: "x1" }) { totalCount } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
