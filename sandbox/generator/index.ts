/** Sandbox province generator: ground truth + the seven department feeds. See sandbox/README.md. */
export { generateProvince } from './generate-province';
export type { GenerateOptions, GenerationSummary, ExpectedFigures } from './options';
export { DEFAULT_NOW } from './options';
export type { NoiseProfile } from './noise-profile';
export { DEFAULT_NOISE, CLEAN_NOISE, HEAVY_NOISE, resolveNoise } from './noise-profile';
export { USCC_ALPHABET, usccCheckChar, isValidUscc, makeUscc } from './identifiers/uscc';
export { orgCodeCheckChar, isValidOrgCode } from './identifiers/organization-code';
export { mod1110CheckDigit, isValidRegNo } from './identifiers/registration-number';
export type { Enterprise } from './feeds/market-regulation';
