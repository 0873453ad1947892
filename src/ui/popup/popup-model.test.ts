import { describe, expect, it } from 'vitest';
import type { PageSummary } from '../../messaging/protocol';
import { defaultPack } from '../../pack/default';
import {
  caveatsBySeverity,
  contextQuotesFor,
  mentionsByTopic,
  pageHostname,
  sourceQuotesFor,
  topicsWithItems,
} from './popup-model';

const summary: PageSummary = {
  url: 'https://news.example/a',
  enabled: true,
  about: true,
  mentionCount: 6,
  paintedCount: 4,
  topics: { troops: 1, fentanyl: 3, arms: 2 },
  mentions: [
    { index: 0, topic: 'fentanyl', text: 'fentanyl' },
    { index: 1, topic: 'troops', text: 'US troops' },
    { index: 2, topic: 'fentanyl', text: 'fentanilo' },
    { index: 3, topic: 'arms', text: 'weapons' },
  ],
};

describe('the page’s mentions by topic', () => {
  it('puts the most mentioned topic first, counting mentions that are not painted', () => {
    const groups = mentionsByTopic(summary);
    expect(groups.map((g) => [g.topic, g.count])).toEqual([
      ['fentanyl', 3],
      ['arms', 2],
      ['troops', 1],
    ]);
    expect(groups[0]?.mentions.map((m) => m.index)).toEqual([0, 2]);
  });
});

describe('the source’s caveats and quotes', () => {
  it('groups caveats from the most serious down, every caveat once', () => {
    const groups = caveatsBySeverity(defaultPack, 'all');
    expect(groups.map((g) => g.severity)).toEqual(['high', 'medium', 'low', 'none']);
    expect(groups.flatMap((g) => g.caveats).length).toBe(defaultPack.caveats.length);
  });

  it('filters by topic', () => {
    const caveats = caveatsBySeverity(defaultPack, 'arms').flatMap((g) => g.caveats);
    expect(caveats.length).toBeGreaterThan(0);
    expect(caveats.length).toBeLessThan(defaultPack.caveats.length);
    expect(caveats.every((c) => c.topics.includes('arms'))).toBe(true);
    const quotes = [...sourceQuotesFor(defaultPack, 'arms'), ...contextQuotesFor(defaultPack, 'arms')];
    expect(quotes.every((q) => q.topics.includes('arms'))).toBe(true);
    expect(quotes.map((q) => q.id)).toContain('Q2');
  });

  it('keeps the source’s three quotes apart from the quotes that give context', () => {
    expect(sourceQuotesFor(defaultPack, 'all').map((q) => q.id)).toEqual(['Q1', 'Q2', 'Q3']);
    const context = contextQuotesFor(defaultPack, 'all');
    expect(context.length).toBe(defaultPack.quotes.length - 3);
    expect(context.every((q) => q.sourceText === undefined)).toBe(true);
  });

  it('offers only topics the pack has something on', () => {
    const topics = topicsWithItems({
      ...defaultPack,
      caveats: [],
      quotes: defaultPack.quotes.filter((q) => q.id === 'Q2'),
    });
    expect(topics).toEqual(['arms']);
  });
});

describe('pageHostname', () => {
  it('names web pages only', () => {
    expect(pageHostname('https://www.example.com/a?b')).toBe('www.example.com');
    expect(pageHostname('chrome://extensions')).toBeNull();
    expect(pageHostname('not a url')).toBeNull();
  });
});
