/** Coverage rules (两个覆盖) of POLICY.md as pure functions over resolved organizations. */
export {
  RuleSet,
  SHAANXI_2021,
  RULE_SETS,
  parseRuleSet,
  ruleSetById,
  buildRuleSetRegistry,
  EMPLOYEE_SOURCES,
  CATEGORIES,
} from './rule-set';
export type { EmployeeSource, Category } from './rule-set';
export type {
  OrganizationFacts,
  CoveringOrganization,
  PartyOrganizationForm,
  UnionForm,
} from './organization-facts';
export type {
  CoverageFacts,
  CoverageFlags,
  CoverageFlag,
  CoverageReason,
  CoverageRuleId,
  CoverageRegion,
  PartyCoverage,
  UnionCoverage,
  SocialKind,
  OutOfScopeReason,
} from './coverage-facts';
export { hasPartyOrganization } from './coverage-facts';
export { evaluateOrganization } from './evaluate-organization';
export { COVERAGE_RANK } from './coverage-form';
export { cityOfDivision, provinceOfDivision } from './region';
export { summarizeCoverage, countCoverage } from './summarize-coverage';
export type {
  CoverageSummary,
  CoverageCounts,
  ProvinceBreakdown,
  CityBreakdown,
  CountyBreakdown,
} from './summarize-coverage';
export { groupJointCandidates } from './joint-candidates';
export type {
  JointCandidateItem,
  JointCandidateGroup,
  JointCandidateGroups,
  JointSide,
  JointGrouping,
} from './joint-candidates';
export { venueCompliance, parseSixHaves } from './venue-compliance';
export type { Venue, VenueCompliance } from './venue-compliance';
export { jointMeetingCompliance } from './joint-meeting-compliance';
export type { JointMeeting, JointMeetingCompliance } from './joint-meeting-compliance';
