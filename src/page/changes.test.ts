// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Detector } from '../detect';
import { isStale, needsRescan, textForGate } from './changes';
import type { PageMention } from './scan';
import { rangeOf, readBlocks } from './text-map';
import { Changes } from './watch';

/** The mutation records of what `mutate` does to the body, once the observer hands them over. */
const records = (mutate: () => void) =>
  new Promise<MutationRecord[]>((resolve) => {
    const observer = new MutationObserver((list) => {
      observer.disconnect();
      resolve(list);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    mutate();
  });

const changesOf = async (mutate: () => void) => new Changes(await records(mutate), () => false);

/** A painted mention of `words`, in the first block of the body that holds them. */
function mentionOf(words: string): PageMention {
  const block = readBlocks(document.body).find((candidate) => candidate.text.includes(words))!;
  const at = block.text.indexOf(words);
  return { index: 0, topic: 'troops', text: words, range: rangeOf(block, at, at + words.length)! };
}

/** A stand-in detector that may match any text with "troops" in it; keeps what it was asked. */
function fakeDetector() {
  const asked: string[] = [];
  const detector = {
    mayMatch: (text: string) => {
      asked.push(text);
      return text.includes('troops');
    },
  } as Detector;
  return { detector, asked };
}

describe('isStale', () => {
  it('keeps a mention whose words are still there, whatever changed around them', () => {
    document.body.innerHTML = '<p id="p">The army sent <b>troops</b> north.</p>';
    const mention = mentionOf('troops');
    document.getElementById('p')!.append(' More text.');
    expect(isStale(mention)).toBe(false);
  });

  it('finds a mention stale when its words were edited, removed or emptied', () => {
    document.body.innerHTML = '<p>The army sent <b id="b">troops</b> north.</p>';
    const edited = mentionOf('troops');
    (document.getElementById('b')!.firstChild as Text).insertData(3, 'X');
    expect(isStale(edited)).toBe(true);

    document.body.innerHTML = '<p>The army sent <b id="b">troops</b> north.</p>';
    const removed = mentionOf('troops');
    document.getElementById('b')!.remove();
    expect(isStale(removed)).toBe(true);

    document.body.innerHTML = '<p>The army sent <b id="b">troops</b> north.</p>';
    const emptied = mentionOf('troops');
    emptied.range.collapse(true);
    expect(isStale(emptied)).toBe(true);
  });
});

describe('needsRescan', () => {
  it('asks for a new look when a painted mention changed, without reading the records', async () => {
    document.body.innerHTML = '<p>The army sent <b id="b">troops</b> north.</p>';
    const painted = [mentionOf('troops')];
    const { detector, asked } = fakeDetector();
    const changes = await changesOf(() => ((document.getElementById('b')!.firstChild as Text).data = 'tanks'));
    expect(needsRescan(changes, painted, detector)).toBe(true);
    expect(asked).toEqual([]);
  });

  it('asks for a new look when added or changed text may hold a mention, and for nothing else', async () => {
    document.body.innerHTML = '<p id="p">Lemon cake.</p><p id="painted">troops</p>';
    const painted = [mentionOf('troops')];
    const { detector, asked } = fakeDetector();
    const aside = () => Object.assign(document.createElement('aside'), { textContent: 'An ad for shoes.' });
    expect(needsRescan(await changesOf(() => document.body.append(aside())), painted, detector)).toBe(false);
    expect(asked).toEqual(['An ad for shoes.']);

    const added = await changesOf(() => document.getElementById('p')!.append(' Then troops crossed.'));
    expect(needsRescan(added, painted, detector)).toBe(true);

    const text = document.getElementById('p')!.firstChild as Text;
    expect(needsRescan(await changesOf(() => (text.data = 'Lemon pie.')), painted, detector)).toBe(false);
    expect(needsRescan(await changesOf(() => (text.data = 'More troops.')), painted, detector)).toBe(true);
  });

  it('asks for nothing when the only change was a removal', async () => {
    document.body.innerHTML = '<p>troops</p><p id="gone">Sent troops.</p>';
    const painted = [mentionOf('troops')];
    const { detector, asked } = fakeDetector();
    expect(needsRescan(await changesOf(() => document.getElementById('gone')!.remove()), painted, detector)).toBe(
      false,
    );
    expect(asked).toEqual([]);
  });
});

describe('textForGate', () => {
  it('judges a change with the words of its whole block around it', async () => {
    document.body.innerHTML = '<article><p id="p">The <b id="b">army</b> sent troops.</p></article>';
    const text = document.getElementById('b')!.firstChild as Text;
    const changes = await changesOf(() => (text.data = 'navy'));
    expect(textForGate(changes, document.body)).toBe('The navy sent troops.');
  });

  it('judges what was added straight into the root by itself', async () => {
    document.body.innerHTML = '<p>troops</p>';
    const changes = await changesOf(() =>
      document.body.append(Object.assign(document.createElement('aside'), { textContent: 'An ad.' })),
    );
    expect(textForGate(changes, document.body)).toBe('An ad.');
  });

  it('shows each block touched once, however many changes it had', async () => {
    document.body.innerHTML = '<p id="p">one</p><p id="q">two</p>';
    const changes = await changesOf(() => {
      for (const id of ['p', 'q', 'p']) document.getElementById(id)!.append('+');
    });
    expect(textForGate(changes, document.body)).toBe('one++\ntwo+');
  });

  it('has nothing to show for a batch that brought no change', () => {
    expect(textForGate(new Changes([], () => false), document.body)).toBeNull();
  });

  it('shows a batch in one piece, and leaves a huge one to a reading of the whole page', async () => {
    document.body.innerHTML = '';
    const fragment = () => {
      const list = document.createDocumentFragment();
      for (let i = 0; i < 500; i++) list.append(Object.assign(document.createElement('div'), { textContent: 'item' }));
      return list;
    };
    const few = await changesOf(() => document.body.append(fragment()));
    expect(textForGate(few, document.body)).toBe(Array(500).fill('item').join('\n'));
    const big = await changesOf(() => {
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'x'.repeat(250_000) }));
    });
    expect(textForGate(big, document.body)).toBe('too much');
  });
});
