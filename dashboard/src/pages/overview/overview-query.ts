import dayjs from 'dayjs';
import { graphql } from '../../gql';

export const OVERVIEW_QUERY = graphql(`
  query Overview($filter: CoverageFilter, $asOf: DateTimeISO, $until: DateTimeISO) {
    coverage(filter: $filter, asOf: $asOf) {
      asOf
      ...CoverageCounts
      byRegion {
        ...RegionNode
        children {
          ...RegionNode
          children {
            ...RegionNode
          }
        }
      }
      byIndustry {
        section
        name
        counts {
          inScope
          partyCovered
          unionCovered
          dualCovered
        }
      }
    }
    coverageTrend(filter: $filter, until: $until, points: 12) {
      at
      counts {
        inScope
        partyCoverageRate
        unionCoverageRate
        dualCoverageRate
      }
    }
  }
  fragment RegionNode on RegionCoverage {
    level
    division {
      code
      name
    }
    counts {
      inScope
      partyCoverageRate
      unionCoverageRate
      dualCoverageRate
      p1 {
        gap
      }
      u1 {
        gap
      }
    }
  }
`);

/**
 * The overview's variables from its address alone: without a region the API answers for the
 * identity's own, so the query can start before anyone knows who is signed in.
 */
export function overviewVariables(state: { region?: string; asOf?: string }) {
  const asOf = state.asOf ? dayjs(state.asOf).endOf('day').toISOString() : undefined;
  return {
    filter: state.region ? { region: state.region } : undefined,
    asOf,
    until: asOf,
  };
}
