/** Identifier schemes of Chinese organization registries: validation, parsing, repair. */

export {
  foldIdentifierInput,
  isValidOrganizationCode,
  normalizeOrganizationCodeInput,
  organizationCodeCheckCharacter,
} from './organization-code';
export {
  USCC_ALPHABET,
  isValidUscc,
  normalizeUsccInput,
  parseUscc,
  usccCheckCharacter,
  type UsccParts,
} from './uscc';
export { isValidRegistrationNumber, registrationNumberCheckDigit } from './registration-number';
export { parseLegacyTaxId, type LegacyTaxIdParts } from './tax-id';
export { usccRepairCandidates, type UsccRepairCandidate } from './repair-candidates';
export {
  classifyIdentifier,
  type ClassifiedIdentifier,
  type IdentifierScheme,
} from './classify-identifier';
