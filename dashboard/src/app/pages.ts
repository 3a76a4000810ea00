import type { ComponentType } from 'react';
import { matchPath } from 'react-router-dom';
import type { Client } from 'urql';
import type { Capability } from '../../../src/access/roles';
import { OVERVIEW_QUERY, overviewVariables } from '../pages/overview/overview-query';

/** One page of the dashboard: its path, the capability it needs, and its code (loaded on use). */
export interface PageEntry {
  key: PageKey;
  path: string;
  /** The page shows only to roles granting this (src/access/roles.ts); the API enforces it too. */
  capability: Capability;
  /** Listed in the side menu (the organization page is reached from lists). */
  inMenu: boolean;
  load: () => Promise<{ default: ComponentType }>;
  /**
   * Starts the page's main query from its address, before the viewer is known, so that the
   * page's code, the viewer and the page's data travel at once (the page then reads the cache).
   */
  prefetch?: (client: Client, search: URLSearchParams) => void;
}

export type PageKey =
  | 'overview'
  | 'gaps'
  | 'joint'
  | 'organizations'
  | 'organization'
  | 'review'
  | 'followUps'
  | 'venues'
  | 'meetings'
  | 'feedback'
  | 'sources';

/** The pages, in menu order: the routes and the menu derive from this list. */
export const PAGES: readonly PageEntry[] = [
  {
    key: 'overview',
    path: '/',
    capability: 'coverage:read',
    inMenu: true,
    load: () => import('../pages/overview/OverviewPage'),
    prefetch: (client, search) =>
      void client
        .query(
          OVERVIEW_QUERY,
          overviewVariables({
            region: search.get('region') ?? undefined,
            asOf: search.get('asOf') ?? undefined,
          }),
        )
        .toPromise(),
  },
  {
    key: 'gaps',
    path: '/gaps',
    capability: 'gaps:read',
    inMenu: true,
    load: () => import('../pages/gaps/GapsPage'),
  },
  {
    key: 'joint',
    path: '/joint',
    capability: 'joint:read',
    inMenu: true,
    load: () => import('../pages/joint/JointCandidatesPage'),
  },
  {
    key: 'organizations',
    path: '/organizations',
    capability: 'organizations:read',
    inMenu: true,
    load: () => import('../pages/organizations/OrganizationSearchPage'),
  },
  {
    key: 'organization',
    path: '/organizations/:id',
    capability: 'organizations:read',
    inMenu: false,
    load: () => import('../pages/organization/OrganizationPage'),
  },
  {
    key: 'review',
    path: '/review',
    capability: 'review:read',
    inMenu: true,
    load: () => import('../pages/review/ReviewQueuePage'),
  },
  {
    key: 'followUps',
    path: '/follow-ups',
    capability: 'followup:read',
    inMenu: true,
    load: () => import('../pages/follow-ups/FollowUpBoardPage'),
  },
  {
    key: 'venues',
    path: '/venues',
    capability: 'joint:read',
    inMenu: true,
    load: () => import('../pages/venues/VenuesPage'),
  },
  {
    key: 'meetings',
    path: '/meetings',
    capability: 'joint:read',
    inMenu: true,
    load: () => import('../pages/meetings/JointMeetingsPage'),
  },
  {
    key: 'feedback',
    path: '/feedback',
    capability: 'discrepancies:read',
    inMenu: true,
    load: () => import('../pages/feedback/FeedbackPage'),
  },
  {
    key: 'sources',
    path: '/sources',
    capability: 'sources:read',
    inMenu: true,
    load: () => import('../pages/sources/SourcesPage'),
  },
];

/** Loads the code of the page at this address, and its data where the page can say. */
export function prefetchPage(client: Client, location: Location): void {
  const page = PAGES.find((entry) => matchPath(entry.path, location.pathname));
  if (!page) return;
  void page.load();
  page.prefetch?.(client, new URLSearchParams(location.search));
}
