import { graphql } from '../../gql';

/** What the board and the drawer show of a case. */
export const FOLLOW_UP_CASE_FIELDS = graphql(`
  fragment FollowUpCaseFields on FollowUpCaseView {
    id
    state
    rule
    ruleSet
    region
    assignee
    due
    overdue
    unconfirmed
    openedAt
    openedBy
    closedAt
    outcome
    organization {
      id
      name
      uscc
      division {
        code
        name
      }
    }
    history {
      at
      by
      from
      state
      note
    }
  }
`);

/** Every case query and mutation touches these: a move or an opening refreshes them all. */
export const CASE_TYPENAMES = { additionalTypenames: ['FollowUpCaseView'] };
