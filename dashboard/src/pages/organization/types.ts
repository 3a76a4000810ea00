import type { OrganizationPageQuery } from '../../gql/graphql';

/** The organization as the page's one query gives it. */
export type Org = NonNullable<OrganizationPageQuery['organization']>;
export type Coverage = NonNullable<Org['coverage']>;
export type Body = Org['unions'][number];
export type FollowUp = Org['followUps'][number];
export type Conflict = Org['conflicts'][number];
