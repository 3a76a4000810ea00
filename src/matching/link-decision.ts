/**
 * The decision on one scored pair: link automatically, send to a person for review
 * (人工复核), or leave apart. A false link hides a coverage gap and a missed link invents
 * one, so the automatic threshold is set for precision and review catches the middle.
 */

import type { MatchField, MatchResult } from './fellegi-sunter';

/** What to do with a scored pair. */
export type MatchDecision = 'link' | 'review' | 'no-link';

/** Weight and probability thresholds of {@link decideMatch}. */
export interface LinkThresholds {
  /** Link when the weight (bits) reaches this… */
  autoLinkWeight: number;
  /** …or when the posterior probability reaches this (set 1 to decide on weight alone). */
  autoLinkProbability: number;
  /** Review when the weight reaches this but does not link. */
  reviewWeight: number;
}

/**
 * 12 bits is a Bayes factor of 4096: with λ = 0.1 that is a posterior of 0.998, and
 * probability 0.999 needs 13.1 bits, so the probability route only acts when EM finds
 * more matches among candidates. 4 bits (factor 16) still deserves a person's look.
 */
export const DEFAULT_LINK_THRESHOLDS: LinkThresholds = {
  autoLinkWeight: 12,
  autoLinkProbability: 0.999,
  reviewWeight: 4,
};

function levelOf(result: MatchResult, field: MatchField): string | undefined {
  return result.fields.find((f) => f.field === field)?.level;
}

/**
 * Decides one pair, in this order:
 * 1. a veto (branch vs head office, conflicting USCCs) is always `no-link`;
 * 2. a shared valid USCC or organization code is `link` (identity, as in the
 *    deterministic rule: see `isIdentity`);
 * 3. the thresholds — but a pair whose names disagree (`different`/`missing`) is at
 *    most `review`: one person is often the legal representative of several
 *    companies in a county, and attributes alone never make two organizations one.
 *
 * @param result - from `matchWeight`
 * @param thresholds - defaults to {@link DEFAULT_LINK_THRESHOLDS}
 */
export function decideMatch(
  result: MatchResult,
  thresholds: LinkThresholds = DEFAULT_LINK_THRESHOLDS,
): MatchDecision {
  if (result.veto) return 'no-link';
  const identifier = levelOf(result, 'identifier');
  if (identifier === 'same-uscc' || identifier === 'same-organization-code') return 'link';
  const name = levelOf(result, 'name');
  const namesAgree = name !== 'different' && name !== 'missing';
  if (
    namesAgree &&
    (result.weight >= thresholds.autoLinkWeight ||
      result.probability >= thresholds.autoLinkProbability)
  )
    return 'link';
  return result.weight >= thresholds.reviewWeight ? 'review' : 'no-link';
}
