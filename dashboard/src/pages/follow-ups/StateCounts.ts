import { graphql } from '../../gql';

/** How many cases each state (and all of them) holds under the filter: totalCount, no rows. */
export const STATE_COUNTS_QUERY = graphql(`
  query FollowUpStateCounts(
    $all: FollowUpFilter
    $open: FollowUpFilter
    $contacted: FollowUpFilter
    $visited: FollowUpFilter
    $founding: FollowUpFilter
    $founded: FollowUpFilter
    $notApplicable: FollowUpFilter
    $dataError: FollowUpFilter
  ) {
    ALL: followUps(filter: $all, first: 0) {
      totalCount
    }
    OPEN: followUps(filter: $open, first: 0) {
      totalCount
    }
    CONTACTED: followUps(filter: $contacted, first: 0) {
      totalCount
    }
    VISITED: followUps(filter: $visited, first: 0) {
      totalCount
    }
    FOUNDING: followUps(filter: $founding, first: 0) {
      totalCount
    }
    FOUNDED: followUps(filter: $founded, first: 0) {
      totalCount
    }
    NOT_APPLICABLE: followUps(filter: $notApplicable, first: 0) {
      totalCount
    }
    DATA_ERROR: followUps(filter: $dataError, first: 0) {
      totalCount
    }
  }
`);
