import type { CaseRow } from '../../src/follow-up/case-store';
import type { GapRule } from '../coverage/gap.type';
import type { FollowUpCaseView } from './follow-up.type';

/** The GraphQL view of a stored case. */
export const followUpCaseView = (c: CaseRow): FollowUpCaseView => ({
  id: c.id,
  state: c.state,
  rule: c.rule as GapRule,
  ruleSet: c.rule_set,
  organizationId: c.organization_id,
  region: c.region,
  assignee: c.assignee,
  due: c.due,
  overdue: c.overdue,
  outcome: c.outcome,
  unconfirmed: c.unconfirmed,
  openedBy: c.opened_by,
  openedAt: c.opened_at,
  closedAt: c.closed_at,
});
