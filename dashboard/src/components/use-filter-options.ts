import { useMemo } from 'react';
import { useQuery } from 'urql';
import { useViewer } from '../app/viewer';
import { graphql } from '../gql';
import { regionOptions, type RegionOption } from './region-options';

/**
 * The regions and industry sections of the viewer's scope, for the filter pickers. Every picker
 * asks this one document, so urql's cache answers all but the first.
 */
export const FILTER_OPTIONS_QUERY = graphql(`
  query FilterOptions {
    coverage {
      byRegion {
        division {
          code
          name
        }
        children {
          division {
            code
            name
          }
          children {
            division {
              code
              name
            }
          }
        }
      }
      byIndustry {
        section
        name
      }
    }
  }
`);

export interface IndustrySection {
  section: string;
  name: string | null;
}

/** The region tree limited to the viewer's region, and the industry sections. */
export function useFilterOptions(): {
  regions: RegionOption[];
  sections: IndustrySection[];
  fetching: boolean;
} {
  const { viewer } = useViewer();
  const within = viewer.region?.code;
  const [{ data, fetching }] = useQuery({ query: FILTER_OPTIONS_QUERY });
  return useMemo(
    () => ({
      regions: regionOptions(data?.coverage.byRegion ?? [], within),
      sections: (data?.coverage.byIndustry ?? [])
        .filter((i): i is { section: string; name: string | null } => i.section !== null)
        .map((i) => ({ section: i.section, name: i.name ?? null })),
      fetching,
    }),
    [data, fetching, within],
  );
}
