/**
 * The labelled excerpts and the source article inside real page templates, in Chromium with the
 * built extension (see `lib/eval-pages.ts`): every excerpt in every template given (by default
 * those `npm run eval` takes in turn). Exits non-zero if a target is missed.
 *
 *   BORDERLINE_OUT_DIR=… npx wxt build && BORDERLINE_OUT_DIR=… npx tsx scripts/eval-pages.ts [template…]
 */
import { defaultPack } from '../src/pack/default';
import { requireCorpus } from './lib/corpus';
import { evaluatePages, PAGE_TEMPLATES } from './lib/eval-pages';

requireCorpus('eval-pages');
const templates = process.argv.slice(2);
const pages = await evaluatePages(defaultPack.caveats, {
  templates: templates.length > 0 ? templates : PAGE_TEMPLATES,
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
console.log(pages.lines.join('\n'));
const missed = Object.entries(pages.targets).filter(([, ok]) => !ok);
console.log(missed.length === 0 ? 'All targets met.' : `Targets missed: ${missed.map(([name]) => name).join(', ')}`);
process.exitCode = missed.length === 0 ? 0 : 1;
