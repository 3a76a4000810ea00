import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from 'urql';
import type { Capability } from '../../../src/access/roles';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';

export const VIEWER_QUERY = graphql(`
  query Viewer {
    viewer {
      subject
      role
      department
      via
      capabilities
      region {
        code
        name
      }
    }
    gapRules {
      rule
      policyRule
      label
      founds
      open
    }
    ruleFlags {
      flag
      policyRule
      label
      gapRule
    }
  }
`);

export type ViewerInfo = ViewerQuery['viewer'];
export type GapRuleInfo = ViewerQuery['gapRules'][number];
export type RuleFlagInfo = ViewerQuery['ruleFlags'][number];

export interface ViewerValue {
  viewer: ViewerInfo;
  gapRules: GapRuleInfo[];
  /** The rule flags named by the server's catalog under the rule set's thresholds. */
  ruleFlags: RuleFlagInfo[];
  may(capability: Capability): boolean;
}

const ViewerContext = createContext<ViewerValue | null>(null);

/** Who is signed in, asked once; children render when the hub has answered. */
export function ViewerProvider(props: {
  children: ReactNode;
  loading: ReactNode;
  failed: (message: string) => ReactNode;
}) {
  const [{ data, error, fetching }] = useQuery({ query: VIEWER_QUERY });
  if (fetching && !data) return <>{props.loading}</>;
  if (error || !data) return <>{props.failed(error?.message ?? 'no answer')}</>;
  const value: ViewerValue = {
    viewer: data.viewer,
    gapRules: data.gapRules,
    ruleFlags: data.ruleFlags,
    may: (capability) => data.viewer.capabilities.includes(capability),
  };
  return <ViewerContext.Provider value={value}>{props.children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerValue {
  const value = useContext(ViewerContext);
  if (!value) throw new Error('useViewer outside ViewerProvider');
  return value;
}
