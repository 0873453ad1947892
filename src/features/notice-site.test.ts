import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUpNoticeSiteWrites } from '../background/notice-site-writes';
import { answerMessagesFromListeners } from '../background/test-messages';
import { isBackgroundRequest } from '../messaging/protocol';
import { createRouter } from '../messaging/router';
import { noticeSitesItem } from '../settings/notice-sites';
import { setUpNoticeSite } from './notice-site';

function noticeSite(hostname = 'www.example.com') {
  const onChange = vi.fn();
  const site = setUpNoticeSite({ hostname, signal: new AbortController().signal, onChange });
  return { site, onChange };
}

describe('the notice hidden on this page’s site', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('is hidden until the list is read, so that it never shows for a moment where it is hidden', async () => {
    await noticeSitesItem.setValue(['example.com']);
    const hiddenHere = noticeSite();
    const shownHere = noticeSite('elsewhere.example');
    expect(hiddenHere.site.hidden()).toBe(true);
    expect(shownHere.site.hidden()).toBe(true);
    await vi.waitFor(() => expect(shownHere.site.hidden()).toBe(false));
    expect(shownHere.onChange).toHaveBeenCalledTimes(1);
    expect(hiddenHere.site.hidden()).toBe(true);
    expect(hiddenHere.onChange).not.toHaveBeenCalled();
  });

  it('follows the list as another tab or the options page changes it', async () => {
    const { site, onChange } = noticeSite();
    await vi.waitFor(() => expect(site.hidden()).toBe(false));
    await noticeSitesItem.setValue(['other.example']);
    await noticeSitesItem.setValue(['other.example', 'example.com']);
    await vi.waitFor(() => expect(site.hidden()).toBe(true));
    await noticeSitesItem.setValue([]);
    await vi.waitFor(() => expect(site.hidden()).toBe(false));
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it('is hidden at once when the reader asks, stored for the site, and shown again', async () => {
    answerMessagesFromListeners();
    setUpNoticeSiteWrites(createRouter(isBackgroundRequest));
    const { site } = noticeSite();
    await vi.waitFor(() => expect(site.hidden()).toBe(false));
    const hiding = site.hide();
    expect(site.hidden()).toBe(true);
    expect(await hiding).toEqual({ ok: true, count: 1 });
    expect(await noticeSitesItem.getValue()).toEqual(['example.com']);
    const showing = site.show();
    expect(site.hidden()).toBe(false);
    expect(await showing).toEqual({ ok: true, count: 0 });
    expect(await noticeSitesItem.getValue()).toEqual([]);
  });

  it('stays hidden on this page when the browser would not store the change, and says so', async () => {
    const { site } = noticeSite();
    await vi.waitFor(() => expect(site.hidden()).toBe(false));
    // No background to answer: the change is not stored.
    const outcome = await site.hide();
    expect(outcome.ok).toBe(false);
    expect(site.hidden()).toBe(true);
    expect(await noticeSitesItem.getValue()).toEqual([]);
  });
});
