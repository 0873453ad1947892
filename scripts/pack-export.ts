/** Prints the default pack as schema.org ClaimReview JSON-LD: `npm run --silent pack:export > reviews.json`. */
import { toClaimReviews } from '../src/pack/claimreview';
import { defaultPack } from '../src/pack/default';

process.stdout.write(`${JSON.stringify(toClaimReviews(defaultPack), null, 2)}\n`);
