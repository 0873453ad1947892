import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * Makes every interface message read as its name and its substitutions ("card_more Cartels"), so
 * that views can be tested for which message they show, whatever its wording.
 */
export function messagesByName(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name, substitutions) =>
    [name, ...[substitutions ?? []].flat()].join(' '),
  );
}
