// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_GATE_TEXT } from '../messaging/protocol';
import { type AskGate, gatePage } from './gate-page';
import { PageTextReader } from './page-text';

/** A stand-in gate: lets through texts with "troops" in them, working 5 ms on each; keeps what it was shown. */
function fakeGate() {
  const shown: string[] = [];
  const gate: AskGate = async (text) => {
    shown.push(text);
    return { admits: text.includes('troops'), workMs: 5 };
  };
  return { gate, shown };
}

describe('gatePage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the gate the whole page and says whether it let it through', async () => {
    const { gate, shown } = fakeGate();
    document.body.innerHTML = '<p>Nothing here.</p><p>Or here.</p>';
    expect(await gatePage(document.body, gate)).toMatchObject({ admits: false });
    expect(shown).toEqual(['Nothing here.Or here.']);
    document.body.innerHTML = '<p>Nothing here.</p><p>Then troops.</p>';
    expect(await gatePage(document.body, gate)).toMatchObject({ admits: true });
  });

  it('hands the text over with each run of spaces made one, as markup indents it', async () => {
    const { gate, shown } = fakeGate();
    document.body.innerHTML = '\n    <div>\n      <p>US   troops</p>\n      <p>at the border.</p>\n    </div>\n  ';
    expect(await gatePage(document.body, gate)).toMatchObject({ admits: true });
    expect(shown).toEqual([' US troops at the border. ']);
  });

  it('asks once for the page and its shadow roots', async () => {
    const { gate, shown } = fakeGate();
    document.body.innerHTML = '<p>Page text.</p><div id="host"></div>';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Shadow text.</p>';
    await gatePage(document.body, gate);
    expect(shown).toEqual(['Page text.\nShadow text.']);
  });

  it("counts its own reading and the gate's work, and leaves the wait for the answer out", async () => {
    // A clock that moves only when told, so that each share of the measure is known exactly.
    let now = 1_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const readUntil = PageTextReader.prototype.readUntil;
    vi.spyOn(PageTextReader.prototype, 'readUntil').mockImplementation(function (this: PageTextReader, deadline) {
      now += 3; // reading the page
      return readUntil.call(this, deadline);
    });
    const slow: AskGate = async (text) => {
      await Promise.resolve();
      now += 60; // the answer on its way back: the page is free meanwhile
      return { admits: text.includes('troops'), workMs: 5 };
    };
    document.body.innerHTML = '<p>Nothing here.</p>';
    expect(await gatePage(document.body, slow)).toEqual({ admits: false, workMs: 3 + 5, backgroundMs: 5 });
  });

  it('shows a long text in overlapping parts, so that nothing is cut in two', async () => {
    const { gate, shown } = fakeGate();
    // "troops" straddles where the first part ends.
    const before = 'x'.repeat(MAX_GATE_TEXT - 3);
    document.body.innerHTML = `<p>${before}troops${'y'.repeat(300_000)}</p>`;
    expect(await gatePage(document.body, gate)).toMatchObject({ admits: true });
    expect(shown.length).toBe(2);
    expect(shown.every((part) => part.length <= MAX_GATE_TEXT)).toBe(true);
  });

  it('gives up when aborted, at the first pause, before asking the gate', async () => {
    const { gate, shown } = fakeGate();
    // Enough elements for the reader to look at the clock, and pause, before the end.
    document.body.innerHTML = '<p>troops</p>'.repeat(2_000);
    const controller = new AbortController();
    const pending = gatePage(document.body, gate, { signal: controller.signal, sliceMs: 0 });
    controller.abort();
    expect(await pending).toBeNull();
    expect(shown).toEqual([]);
  });
});
