import type { AttributeName } from '../../src/model/attributes';
import {
  survivingObservations,
  type AttributeObservation,
} from '../../src/resolution/survivorship';
import type { HubContext } from '../context';
import type { OrganizationNode } from './organization.type';

/** Survivorship's winning statement per attribute: the golden record's facts and their provenance. */
export type Winners = Map<AttributeName, AttributeObservation>;

/** Survivorship's choice per loaded attribute list: computed once for all the fields asked. */
const chosen = new WeakMap<object, Winners>();

/** The winning statement of every attribute of the organization (one loader query per page). */
export async function winners(organization: OrganizationNode, ctx: HubContext): Promise<Winners> {
  const rows = await ctx.loaders.attributes.load(organization.id);
  const known = chosen.get(rows);
  if (known) return known;
  const found = survivingObservations(
    rows.map((r) => ({
      name: r.name as AttributeName,
      value: r.value,
      source: r.source as AttributeObservation['source'],
      observedAt: r.observedAt,
    })),
  );
  chosen.set(rows, found);
  return found;
}
