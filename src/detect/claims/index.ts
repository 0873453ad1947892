export { createClaimFinder } from './finder';
export type { ClaimFinder, ClaimHow, ClaimMatch } from './types';
