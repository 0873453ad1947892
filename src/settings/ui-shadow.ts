import { storage } from 'wxt/utils/storage';

/**
 * Our UI in pages lives in closed shadow roots: the page cannot reach them. The browser tests
 * read the card with tools that cannot enter a closed root, so they open them with this item;
 * only the extension's own contexts can write it, never a page.
 */
export const openShadowRootsForTestsItem = storage.defineItem<boolean>('local:openShadowRootsForTests', {
  fallback: false,
});

export async function uiShadowMode(): Promise<ShadowRootMode> {
  return (await openShadowRootsForTestsItem.getValue().catch(() => false)) ? 'open' : 'closed';
}
