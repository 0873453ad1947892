import { type ClaimFinder, loadClaimFinder } from '../detect/claims';
import type { DetectionData } from '../settings/active-pack';

/**
 * The claim finder for the stored detection data, or none: data stored before there were claims
 * has none, and claims damaged or stored in an older form cost the page its claims, never its
 * mentions.
 */
export function claimFinderFor(data: DetectionData | undefined): ClaimFinder | undefined {
  if (!data?.claims) return undefined;
  try {
    return loadClaimFinder(data.claims);
  } catch {
    return undefined;
  }
}
