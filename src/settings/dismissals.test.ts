import { describe, expect, it } from 'vitest';
import { MAX_DISMISSALS } from '../messaging/protocol';
import { applyDismissalChange, dismissedOn, pageOf } from './dismissals';

const PAGE = 'https://news.example.org/2025/05/troops.html';

describe('mentions marked as not about the dispute', () => {
  it('are kept once by page and words, whatever their case and spacing', () => {
    let list = applyDismissalChange([], { add: { page: PAGE, text: ' US  troops ' } })!;
    list = applyDismissalChange(list, { add: { page: PAGE, text: 'us troops' } })!;
    expect(list).toEqual([{ page: PAGE, text: 'US  troops' }]);
    const here = dismissedOn(list, PAGE);
    expect(here('US troops')).toBe(true);
    expect(here('troops')).toBe(false);
    expect(dismissedOn(list, 'https://news.example.org/other.html')('US troops')).toBe(false);
  });

  it('are taken back one by one or all at once, and never grow past their most', () => {
    const full = Array.from({ length: MAX_DISMISSALS }, (_, i) => ({ page: PAGE, text: `words ${i}` }));
    expect(applyDismissalChange(full, { add: { page: PAGE, text: 'one more' } })).toBeNull();
    expect(applyDismissalChange(full, { remove: { page: PAGE, text: 'WORDS 0' } })).toHaveLength(MAX_DISMISSALS - 1);
    expect(applyDismissalChange(full, { clear: true })).toEqual([]);
  });

  it('name a page by its address without query or fragment', () => {
    expect(pageOf('https://news.example.org/a.html?utm=x#top')).toBe('https://news.example.org/a.html');
  });
});
