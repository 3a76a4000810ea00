import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import { departmentOf, may, type Identity } from '../../src/access/identity';
import { OutOfRegionError, scopedRegion, withinRegion } from '../../src/access/region-scope';
import { CAPABILITIES, type Capability } from '../../src/access/roles';
import type { SourceId } from '../../src/model/feeds';
import type { HubContext } from '../context';

/** A refusal of what the identity may not ask (HTTP 200, code FORBIDDEN, as GraphQL does). */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** type-graphql's check of `@Authorized('<capability>')`: the identity's role must grant it. */
export const capabilityChecker: AuthChecker<HubContext, Capability> = (
  { context },
  capabilities,
) => {
  for (const capability of capabilities) requireCapability(context.identity, capability);
  return true;
};

/** Refuses, FORBIDDEN, what the identity's role does not grant (exports check so). */
export function requireCapability(identity: Identity, capability: Capability): void {
  if (!may(identity, capability))
    throw forbidden(
      `the role ${identity.role} may not read this: it needs ${capability} ` +
        `(${CAPABILITIES[capability]})`,
    );
}

/** The region a question is answered for (see `scopedRegion`); FORBIDDEN outside the identity's. */
export function regionFor(
  identity: Identity,
  requested: string | null | undefined,
): string | undefined {
  try {
    return scopedRegion(identity.region, requested);
  } catch (error) {
    if (error instanceof OutOfRegionError) throw forbidden(error.message);
    throw error;
  }
}

/** A filter with its `region` scoped to the identity's. */
export function scopedFilter<F extends { region?: string }>(
  identity: Identity,
  filter: F | undefined,
): F | undefined {
  if (identity.region === null) return filter;
  return { ...(filter ?? ({} as F)), region: regionFor(identity, filter?.region) };
}

/** Refuses an organization, a meeting or a body of a division outside the identity's region. */
export function assertInRegion(identity: Identity, division: string | null | undefined): void {
  if (identity.region === null) return;
  if (!division || !withinRegion(division, identity.region))
    throw forbidden(`this lies outside this key's region ${identity.region}`);
}

/** The feed a department's question is about: its own (asked or not); others ask any. */
export function sourceFor(
  identity: Identity,
  requested: string | null | undefined,
): string | undefined {
  const own: SourceId | null = departmentOf(identity);
  if (own === null) return requested ?? undefined;
  if (requested && requested !== own)
    throw forbidden(`a ${identity.role} key sees its own feed's records only (${own})`);
  return own;
}
