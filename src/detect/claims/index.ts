export { type CompiledClaims, compileClaims } from './compiled-claims';
export { createClaimFinder, loadClaimFinder } from './finder';
export type { ClaimData, ClaimFinder, ClaimHow, ClaimMatch } from './types';
