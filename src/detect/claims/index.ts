export { createClaimFinder } from './finder';
export { type ClaimData, type ClaimFinder, type ClaimHow, type ClaimMatch, claimData } from './types';
