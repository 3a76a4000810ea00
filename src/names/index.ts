/** Organization names: normalization and comparison for record linkage. */

export { normalizeOrganizationName, type NormalizedOrganizationName } from './normalize-name';
export {
  CLOSE_NAME_SIMILARITY,
  nameAgreementLevel,
  nameSimilarity,
  type NameAgreementLevel,
  type NameInput,
} from './name-similarity';
