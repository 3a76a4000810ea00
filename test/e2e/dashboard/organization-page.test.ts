import { FEEDS, type SourceId } from '../../../src/model/feeds';
import { startDashboardHub, type DashboardHub } from '../../support/dashboard-hub';

interface Detail {
  organization: {
    id: string;
    name: string;
    uscc: string;
    legalRepresentative: { value: string; source: string } | null;
    address: { value: string } | null;
    coverage: { flags: string[]; reasons: Array<{ text: string }> };
    links: Array<{ weight: number; decidedBy: string; record: { key: string } }>;
    attributes: Array<{
      name: string;
      value: unknown;
      source: string;
      observedAt: string;
      survives: boolean;
    }>;
    timeline: { edges: unknown[] };
  };
}

const DETAIL = `query($id: ID!) { organization(id: $id) {
  id name uscc legalRepresentative { value source } address { value }
  coverage { flags reasons { text } }
  links { weight decidedBy record { key } }
  attributes { name value source observedAt survives }
  timeline(first: 20) { edges { cursor } } } }`;

/** The organization page in Chromium against the API: facts, coverage, links, provenance. */
describe('dashboard: the organization page', () => {
  let hub: DashboardHub;
  let id: string;

  beforeAll(async () => {
    hub = await startDashboardHub();
    // A Xi'an organization with a gap and several department records (the analyst's city).
    const list = await hub.ask<{
      organizations: { edges: Array<{ node: { id: string; sourceRecords: unknown[] } }> };
    }>(
      'admin',
      `{ organizations(filter: { flags: [U1_GAP], division: "6101" }, first: 100) {
          edges { node { id sourceRecords { key } } } } }`,
    );
    const pick = list.organizations.edges.find((e) => e.node.sourceRecords.length >= 3);
    if (!pick) throw new Error('no Xi’an organization with a U1 gap and three records');
    id = pick.node.id;
  }, 300_000);

  afterAll(async () => {
    await hub?.close();
  });

  it('shows name, USCC, coverage reasons, links and provenance as the API has them', async () => {
    const api = (await hub.ask<Detail>('admin', DETAIL, { id })).organization;
    const { page, errors, screenshot, close } = await hub.open('admin');
    await page.goto(`${hub.origin}/organizations/${id}`);
    await page.getByTestId('organization-name').waitFor();
    expect(await page.getByTestId('organization-name').textContent()).toBe(api.name);
    expect(await page.getByTestId('organization-uscc').first().textContent()).toContain(api.uscc);
    const reasons = await page.getByTestId('coverage-reason').allTextContents();
    expect(reasons).toEqual(api.coverage.reasons.map((r) => r.text));
    // The flags are named as the server's rule-flag catalog names them.
    const { ruleFlags } = await hub.ask<{ ruleFlags: Array<{ flag: string; label: string }> }>(
      'admin',
      '{ ruleFlags { flag label } }',
    );
    const u1Gap = ruleFlags.find((f) => f.flag === 'U1_gap')!.label;
    expect(u1Gap).toBe('职工25人以上未单独建立工会');
    expect(await page.getByTestId('coverage-flags').textContent()).toContain(u1Gap);
    expect(await page.getByTestId('fact-legal-representative').textContent()).toBe(
      api.legalRepresentative?.value,
    );
    await screenshot('organization');

    await page.getByTestId('tab-links').click();
    await page.getByTestId('links-count').waitFor();
    expect(await page.getByTestId('links-count').textContent()).toBe(
      `共关联 ${api.links.length} 条记录`,
    );
    expect(api.links.length).toBeGreaterThanOrEqual(3);
    const weights = await page.getByTestId('link-weight').allTextContents();
    expect(weights).toEqual(
      api.links.map((l) => (Number.isInteger(l.weight) ? String(l.weight) : l.weight.toFixed(1))),
    );
    const keys = await page.getByTestId('link-record').allTextContents();
    for (const link of api.links) expect(keys.some((k) => k.endsWith(link.record.key))).toBe(true);
    await page.waitForTimeout(400);
    await screenshot('organization-links');

    await page.getByTestId('tab-provenance').click();
    await page.getByTestId('provenance').waitFor();
    // The legal representative as each department stated it: value and department match.
    const stated = api.attributes.filter((a) => a.name === 'legalRepresentative');
    expect(stated.length).toBeGreaterThan(0);
    const rows = page.locator('tr[data-attribute="legalRepresentative"]');
    expect(await rows.count()).toBe(stated.length);
    const newest = [...stated].sort((a, b) => b.observedAt.localeCompare(a.observedAt))[0];
    const first = rows.first();
    expect(await first.getByTestId('provenance-value').textContent()).toBe(String(newest.value));
    expect(await first.getByTestId('provenance-source').textContent()).toBe(
      FEEDS[newest.source as SourceId].label,
    );
    // Exactly one survivor for the legal representative, carrying the golden value.
    const survivors = rows.getByTestId('survivor');
    expect(await survivors.count()).toBe(1);
    const kept = stated.filter((a) => a.survives);
    expect(kept).toHaveLength(1);
    expect(kept[0].value).toBe(api.legalRepresentative?.value);
    const keptRow = rows.filter({ has: page.getByTestId('survivor') });
    expect(await keptRow.getByTestId('provenance-value').textContent()).toBe(String(kept[0].value));
    expect(await page.getByTestId('survivor').count()).toBeGreaterThan(5);
    await page.waitForTimeout(400);
    await screenshot('organization-provenance');

    await page.getByTestId('tab-timeline').click();
    await page.getByTestId('timeline-entry').first().waitFor();
    expect(await page.getByTestId('timeline-entry').count()).toBe(api.timeline.edges.length);
    await page.waitForTimeout(400);
    await screenshot('organization-timeline');
    expect(errors).toEqual([]);
    await close();
  });

  it('shows an analyst the personal fields masked as the API masks them', async () => {
    const api = (await hub.ask<Detail>('analyst', DETAIL, { id })).organization;
    expect(api.legalRepresentative?.value).toBe('***');
    const { page, errors, screenshot, close } = await hub.open('analyst');
    await page.goto(`${hub.origin}/organizations/${id}`);
    await page.getByTestId('organization-name').waitFor();
    expect(await page.getByTestId('fact-legal-representative').textContent()).toBe(
      api.legalRepresentative?.value,
    );
    expect(await page.getByTestId('fact-address').textContent()).toBe(api.address?.value);
    await page.getByTestId('tab-provenance').click();
    await page.getByTestId('provenance').waitFor();
    const values = await page
      .locator('tr[data-attribute="legalRepresentative"]')
      .getByTestId('provenance-value')
      .allTextContents();
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((v) => v === '***')).toBe(true);
    await page.waitForTimeout(400);
    await screenshot('organization-analyst-provenance');
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the Party organizations and unions that cover an organization', async () => {
    const list = await hub.ask<{
      organizations: { edges: Array<{ node: { id: string; partyOrganizations: unknown[] } }> };
    }>(
      'admin',
      `{ organizations(filter: { flags: [P1_MET] }, first: 20) {
          edges { node { id partyOrganizations { id } unions { id } } } } }`,
    );
    const covered = list.organizations.edges[0].node;
    const { page, errors, screenshot, close } = await hub.open('admin');
    await page.goto(`${hub.origin}/organizations/${covered.id}?tab=bodies`);
    await page.getByTestId('party-bodies').waitFor();
    expect(await page.getByTestId('party-bodies').locator('.ant-card-head').count()).toBe(
      covered.partyOrganizations.length,
    );
    await page.waitForTimeout(400);
    await screenshot('organization-bodies');
    await page.getByTestId('tab-conflicts').click();
    await page.getByTestId('tab-conflicts').waitFor();
    await page.waitForTimeout(400);
    await screenshot('organization-conflicts');
    expect(errors).toEqual([]);
    await close();
  });

  it('says so for an id that does not resolve', async () => {
    const { page, errors, close } = await hub.open('admin');
    await page.goto(`${hub.origin}/organizations/99999999`);
    await page.getByText('未找到编号为 99999999 的组织').waitFor();
    expect(errors).toEqual([]);
    await close();
  });
});
