import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { regionOptions, type RegionOption } from './region-options';

/** The regions and industry sections the viewer's scope holds, for the filter pickers. */
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

export function useFilterOptions(): { regions: RegionOption[]; sections: IndustrySection[] } {
  const [{ data }] = useQuery({ query: FILTER_OPTIONS_QUERY });
  return useMemo(
    () => ({
      regions: regionOptions(data?.coverage.byRegion ?? []),
      sections: (data?.coverage.byIndustry ?? [])
        .filter((i): i is { section: string; name: string | null } => i.section !== null)
        .map((i) => ({ section: i.section, name: i.name ?? null })),
    }),
    [data],
  );
}
