import { feedsRankedBy, type SourceId } from '../model/feeds';
import { ATTRIBUTES, type AttributeName, type Precedence } from '../model/attributes';

/** A stated value with its provenance (one row of the `organization_attribute` view). */
export interface AttributeObservation {
  name: AttributeName;
  value: unknown;
  source: SourceId;
  observedAt: Date;
}

/**
 * Which department wins for each attribute (POLICY): the registry that owns the organization's
 * kind for identity and status, statistics first for employees and industry.
 */
export const SOURCE_PRECEDENCE: Record<Precedence, readonly SourceId[]> = {
  identity: feedsRankedBy((feed) => feed.identityRank),
  employees: feedsRankedBy((feed) => feed.employees?.rank),
  industry: feedsRankedBy((feed) => feed.industryRank),
};

/** The golden values of one organization: one value per attribute, chosen from its observations. */
export type GoldenValues = Partial<Record<AttributeName, unknown>>;

/**
 * Survivorship: per attribute, the value of the highest-precedence source; among several values of
 * that source, the most recently observed. Pure.
 */
export function surviveAttributes(observations: AttributeObservation[]): GoldenValues {
  const best = survivingObservations(observations);
  return Object.fromEntries([...best].map(([name, observation]) => [name, observation.value]));
}

/** The observation that wins each attribute (see `surviveAttributes`), with its provenance. */
export function survivingObservations(
  observations: readonly AttributeObservation[],
): Map<AttributeName, AttributeObservation> {
  const best = new Map<AttributeName, AttributeObservation>();
  for (const candidate of observations) {
    const current = best.get(candidate.name);
    if (!current || outranks(candidate, current)) best.set(candidate.name, candidate);
  }
  return best;
}

function outranks(a: AttributeObservation, b: AttributeObservation): boolean {
  const order = SOURCE_PRECEDENCE[ATTRIBUTES[a.name].precedence];
  const rank = (source: SourceId) => {
    const index = order.indexOf(source);
    return index === -1 ? order.length : index;
  };
  if (rank(a.source) !== rank(b.source)) return rank(a.source) < rank(b.source);
  return a.observedAt.getTime() > b.observedAt.getTime();
}
