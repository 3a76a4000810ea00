/**
 * Probabilistic record linkage (概率记录链接) of the seven registries: profiles, blocking,
 * comparison, Fellegi–Sunter scoring with EM-estimated parameters, link decisions,
 * clustering, and repair evidence from hand-typed codes. Pure and deterministic.
 */

export { matchingName, stripCountyPrefix, type MatchingName } from './matching-name';
export { industrySectionOf, matchIndustryCode } from './industry-code';
export {
  NONE,
  buildProfile,
  compactText,
  identifiersOf,
  mergeProfiles,
  profileFromRecord,
  storedProfile,
  type MatchProfile,
  type ProfileInput,
} from './match-profile';
export {
  MAX_BLOCK_SIZE,
  MIN_TYPO_LENGTH,
  blockingKeys,
  nameLookupKeys,
  cityOf,
  isIdentityKey,
  isSubBlockable,
} from './blocking';
export {
  candidatePairs,
  forEachCandidatePair,
  type BlockingStats,
  type CandidatePairOptions,
} from './candidate-pairs';
export {
  CLOSE_ADDRESS_SIMILARITY,
  compareNames,
  compareProfiles,
  isIdentity,
  vetoOf,
  type AddressLevel,
  type BranchLevel,
  type ComparisonVector,
  type DivisionLevel,
  type IdentifierLevel,
  type IndustryLevel,
  type LegalRepLevel,
  type NameLevel,
  type Veto,
} from './comparison';
export {
  DEFAULT_MODEL,
  MATCH_FIELDS,
  matchWeight,
  posterior,
  probabilitiesOf,
  type FellegiSunterModel,
  type FieldWeight,
  type MatchField,
  type MatchProbabilities,
  type MatchResult,
  type ModelLevel,
} from './fellegi-sunter';
export {
  buildTermFrequencyTable,
  termFrequencyAdjustment,
  type TermFrequencyTable,
} from './term-frequency';
export {
  estimateModel,
  type EstimateOptions,
  type EstimateResult,
} from './expectation-maximisation';
export {
  DEFAULT_LINK_THRESHOLDS,
  decideMatch,
  type LinkThresholds,
  type MatchDecision,
} from './link-decision';
export { clusterLinks, compareIds, type Cluster } from './cluster';
export {
  repairCandidateProfiles,
  resolveRepairedUscc,
  type RepairCandidateProfile,
  type RepairedUscc,
  type UsccLookup,
} from './identifier-repair';
export { olderFirst, planMerges, type MergeStep, type MergeVote } from './merge-plan';
