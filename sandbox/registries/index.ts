/** Sandbox department registries over a generated province. See sandbox/README.md. */
export { startSandboxRegistries } from './start-sandbox-registries';
export type { SandboxOptions, SandboxRegistries } from './start-sandbox-registries';
export type { RandomFaults, ScriptedFault } from './scripted-faults';
export { startHttp10Gateway } from './http10-gateway';
export type { Http10Gateway } from './http10-gateway';
export { applyDelta } from './apply-delta';
export type { DeltaOptions, DeltaSummary } from './apply-delta';
export { DROP_SOURCES } from './drop-inboxes';
export type { DropSource } from './drop-inboxes';
export { TAX_PAGE_SIZE } from './tax-routes';
export { PARTY_PAGE_SIZE } from './party-org-routes';
