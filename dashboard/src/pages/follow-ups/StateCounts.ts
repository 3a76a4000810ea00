import { graphql } from '../../gql';

/**
 * How many cases each state holds under the filter. The connection has no totalCount, so each
 * state's first 200 are counted (shown "200+" beyond: seven pages of 500 would pass the
 * API's complexity limit).
 */
export const STATE_COUNTS_QUERY = graphql(`
  query FollowUpStateCounts(
    $open: FollowUpFilter
    $contacted: FollowUpFilter
    $visited: FollowUpFilter
    $founding: FollowUpFilter
    $founded: FollowUpFilter
    $notApplicable: FollowUpFilter
    $dataError: FollowUpFilter
  ) {
    OPEN: followUps(filter: $open, first: 200) {
      ...CaseCount
    }
    CONTACTED: followUps(filter: $contacted, first: 200) {
      ...CaseCount
    }
    VISITED: followUps(filter: $visited, first: 200) {
      ...CaseCount
    }
    FOUNDING: followUps(filter: $founding, first: 200) {
      ...CaseCount
    }
    FOUNDED: followUps(filter: $founded, first: 200) {
      ...CaseCount
    }
    NOT_APPLICABLE: followUps(filter: $notApplicable, first: 200) {
      ...CaseCount
    }
    DATA_ERROR: followUps(filter: $dataError, first: 200) {
      ...CaseCount
    }
  }
  fragment CaseCount on FollowUpCaseConnection {
    edges {
      node {
        id
      }
    }
    pageInfo {
      hasNextPage
    }
  }
`);
