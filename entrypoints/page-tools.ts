import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPageTools } from '../src/content/page-tools';
import { PAGE_TOOLS_KEY } from '../src/content/page-tools-loader';

/**
 * Loaded by the content script into its own world (never the page's) once the gate has let a
 * page through: it hands over what it brings under a name only that world sees.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[PAGE_TOOLS_KEY] = startPageTools;
});
