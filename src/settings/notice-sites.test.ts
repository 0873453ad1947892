import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUpNoticeSiteWrites } from '../background/notice-site-writes';
import { answerMessagesFromListeners } from '../background/test-messages';
import { isBackgroundRequest, MAX_SITES } from '../messaging/protocol';
import { createRouter } from '../messaging/router';
import { isNoticeHiddenOn, noticeSitesItem, setNoticeHidden } from './notice-sites';

describe('sites where the notice is hidden', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    answerMessagesFromListeners();
    setUpNoticeSiteWrites(createRouter(isBackgroundRequest));
  });
  afterEach(() => vi.restoreAllMocks());

  it('are named as sites, whatever the www. or the case of the page’s hostname', async () => {
    expect(await setNoticeHidden('www.News.Example.org', true)).toEqual({ ok: true, count: 1 });
    const sites = await noticeSitesItem.getValue();
    expect(sites).toEqual(['news.example.org']);
    expect(isNoticeHiddenOn(sites, 'news.example.org')).toBe(true);
    expect(isNoticeHiddenOn(sites, 'WWW.news.example.org')).toBe(true);
    expect(isNoticeHiddenOn(sites, 'example.org')).toBe(false);
    expect(isNoticeHiddenOn('news.example.org', 'news.example.org')).toBe(false);
  });

  it('keep what two tabs hide at the same moment, and show it again one site at a time', async () => {
    await Promise.all([setNoticeHidden('a.example', true), setNoticeHidden('b.example', true)]);
    expect((await noticeSitesItem.getValue()).sort()).toEqual(['a.example', 'b.example']);
    await setNoticeHidden('a.example', false);
    expect(await noticeSitesItem.getValue()).toEqual(['b.example']);
  });

  it('stay on this device, and never grow past the most sites kept', async () => {
    const full = Array.from({ length: MAX_SITES }, (_, i) => `site-${i}.example`);
    await noticeSitesItem.setValue(full);
    expect(await setNoticeHidden('one-more.example', true)).toEqual({ ok: false, problem: 'full' });
    expect(await noticeSitesItem.getValue()).toHaveLength(MAX_SITES);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});
