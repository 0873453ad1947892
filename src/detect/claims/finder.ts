import search from 'approx-string-match';
import type { Lang } from '../../pack/types';
import { compact } from '../text/compact';
import { type CompiledClaims, type CompiledForm, compileClaims, readCompiledClaims } from './compiled-claims';
import { SentenceMemo } from './sentence-memo';
import { blocks, sentences } from './sentences';
import { keyWord, termIn } from './terms';
import type { ClaimData, ClaimFinder, ClaimHow, ClaimMatch } from './types';

/**
 * Finds the pack's checked claims in a text, sentence by sentence, in two ways:
 * - copies of the source's own words, exact or with light edits (an edit distance of at most
 *   `NEAR_ERRORS` of the claim's length, on the text reduced to its words);
 * - the claim's key slots (see `ClaimPattern`) all filled in one sentence, in any language the
 *   pack describes, and none of the facts that would make the sentence correct present.
 * A copy of a claim that has slots must fill them too: a light edit that corrects the fact
 * ("former" dropped before "President Donald Trump") is no longer the claim.
 *
 * Cheap first: every block of the text is reduced to its words once and looked up in an index of
 * the key word of every slot's terms and of the claims' longer words; only blocks where some
 * claim could be complete are cut into sentences and matched in full.
 */

const NEAR_ERRORS = 0.12;
/** Characters a copy may leave out at either end of a sentence and still be the whole sentence. */
const WHOLE_SLACK = 2;
const PREFIX_KEY = 4;

type Entry = [form: number, slot: number];

/** The forms whose every slot may be filled, and the copies whose words are present, in a block. */
interface Candidates {
  forms: number[];
  parts: number[];
}

/** A claim a sentence makes, offsets into the sentence. */
interface SentenceClaim {
  caveat: number;
  start: number;
  end: number;
  how: ClaimHow;
  lang: Lang;
}

/** Sentences whose claims are remembered, twice over (see `SentenceMemo`): a long article's worth. */
const SENTENCES_REMEMBERED = 2_000;

/** A claim finder for a pack, compiled here (the command line, the evaluation, tests). */
export function createClaimFinder(pack: ClaimData): ClaimFinder {
  return claimFinderOf(compileClaims(pack));
}

/** A claim finder for compiled claims read back from storage; a damaged form is refused (see `read.ts`). */
export function loadClaimFinder(stored: unknown): ClaimFinder {
  return claimFinderOf(readCompiledClaims(stored));
}

function claimFinderOf({ caveats, forms, parts, sourceForms, sourceLang }: CompiledClaims): ClaimFinder {
  const hasSourceForms = new Set(sourceForms);

  // One index of words: the key words of terms (prefix words apart, by their first letters) and
  // the longer words of the claims' own sentences.
  const index = new Map<string, { slots: Entry[]; parts: number[] }>();
  const indexed = (word: string) => {
    let entry = index.get(word);
    if (!entry) {
      entry = { slots: [], parts: [] };
      index.set(word, entry);
    }
    return entry;
  };
  const prefixes = new Map<string, { stem: string; entry: Entry }[]>();
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const [f, form] of forms.entries()) {
    for (const [s, terms] of form.slots.entries()) {
      for (const term of terms) {
        const key = keyWord(term);
        if (key.prefix) add(prefixes, key.word.slice(0, PREFIX_KEY), { stem: key.word, entry: [f, s] as Entry });
        else indexed(key.word).slots.push([f, s]);
      }
    }
  }
  for (const [p, part] of parts.entries()) for (const word of part.anchors) indexed(word).parts.push(p);

  const slotMasks = new Uint32Array(forms.length);
  const anchorHits = new Uint16Array(parts.length);
  const fullMask = forms.map((form) => 2 ** form.slots.length - 1);

  /** Forms whose every slot may be filled and parts whose anchors are present, among these words. */
  function candidates(words: Iterable<string>): Candidates {
    const touchedForms: number[] = [];
    const touchedParts: number[] = [];
    const mark = (f: number, s: number) => {
      if (slotMasks[f] === 0) touchedForms.push(f);
      slotMasks[f]! |= 1 << s;
    };
    for (const word of words) {
      const entry = index.get(word);
      if (entry) {
        for (const [f, s] of entry.slots) mark(f, s);
        for (const p of entry.parts) if (anchorHits[p]!++ === 0) touchedParts.push(p);
      }
      // A prefix word keeps at least PREFIX_KEY letters: a shorter word cannot begin with it.
      const stems = word.length >= PREFIX_KEY ? prefixes.get(word.slice(0, PREFIX_KEY)) : undefined;
      if (stems)
        for (const {
          stem,
          entry: [f, s],
        } of stems)
          if (word.startsWith(stem)) mark(f, s);
    }
    const formList = touchedForms.filter((f) => slotMasks[f] === fullMask[f]);
    const partList = touchedParts.filter((p) => anchorHits[p]! >= parts[p]!.needed);
    for (const f of touchedForms) slotMasks[f] = 0;
    for (const p of touchedParts) anchorHits[p] = 0;
    return { forms: formList, parts: partList };
  }

  function formMatches(form: CompiledForm, words: readonly string[]): boolean {
    return (
      form.slots.every((terms) => terms.some((t) => termIn(words, t))) && !form.correct.some((t) => termIn(words, t))
    );
  }

  /**
   * What one sentence claims, offsets into the sentence. It depends on the sentence's words alone
   * (a form or copy it completes is among its block's candidates whatever the block), so it is
   * remembered by the sentence's text: a page that changes reads again only the sentences that
   * changed.
   */
  const remembered = new SentenceMemo<SentenceClaim[]>(SENTENCES_REMEMBERED);

  function claimsOfSentence(sentence: string, block: Candidates): SentenceClaim[] {
    const claims: SentenceClaim[] = [];
    const reduced = compact(sentence);
    const sentenceWords = reduced.text.split(' ');
    const matched = new Set<number>();
    const byForm = new Map<number, Lang>();
    for (const f of block.forms) {
      const form = forms[f]!;
      if (!byForm.has(form.caveat) && formMatches(form, sentenceWords)) byForm.set(form.caveat, form.lang);
    }
    const present = new Set(sentenceWords);
    for (const p of block.parts) {
      const part = parts[p]!;
      if (matched.has(part.caveat)) continue;
      if (part.anchors.filter((w) => present.has(w)).length < part.needed) continue;
      // A copy that leaves a slot empty or states the fact correctly is not the claim.
      if (hasSourceForms.has(part.caveat) && byForm.get(part.caveat) !== sourceLang) continue;
      const best = closest(reduced.text, part.text);
      if (!best) continue;
      // A copy of a whole sentence is the sentence, with its closing punctuation.
      const whole = best.start <= WHOLE_SLACK && best.end >= reduced.text.length - WHOLE_SLACK;
      const span = whole ? { start: 0, end: sentence.length } : reduced.toOriginal(best.start, best.end);
      const how = best.errors === 0 ? 'exact' : 'near';
      claims.push({ caveat: part.caveat, ...span, how, lang: sourceLang });
      matched.add(part.caveat);
    }
    for (const [caveat, lang] of byForm) {
      if (matched.has(caveat)) continue;
      const how = lang === sourceLang ? 'paraphrase' : 'translation';
      claims.push({ caveat, start: 0, end: sentence.length, how, lang });
    }
    return claims;
  }

  function find(text: string): ClaimMatch[] {
    const found = new Map<string, ClaimMatch>();
    const emit = (caveat: number, start: number, end: number, how: ClaimHow, lang: Lang) => {
      const c = caveats[caveat]!;
      const key = `${c.id}:${start}`;
      const before = found.get(key);
      // A copy of the source's words says more about the sentence than its slots do.
      if (before && (before.how === 'exact' || before.how === 'near')) return;
      found.set(key, {
        id: c.id,
        verdict: c.verdict,
        severity: c.severity,
        ...(c.topic && { topic: c.topic }),
        start,
        end,
        text: text.slice(start, end),
        how,
        lang,
      });
    };

    for (const [from, to] of blocks(text)) {
      const block = candidates(new Set(wordsOf(text.slice(from, to))));
      if (block.forms.length === 0 && block.parts.length === 0) continue;
      for (const [start, end] of sentences(text, from, to)) {
        const claims = remembered.get(text.slice(start, end), (sentence) => claimsOfSentence(sentence, block));
        for (const claim of claims) {
          emit(claim.caveat, start + claim.start, start + claim.end, claim.how, claim.lang);
        }
      }
    }
    return [...found.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  }

  function mayMatch(text: string): boolean {
    const { forms: formList, parts: partList } = candidates(new Set(wordsOf(text)));
    // A copy of a claim that has wordings in the source's language must match one of them too.
    return formList.length > 0 || partList.some((p) => !hasSourceForms.has(parts[p]!.caveat));
  }

  return { find, mayMatch };
}

const WORDS = /[\p{L}\p{N}]+/gu;
const NON_ASCII = /[^\0-\x7f]/;

/**
 * The words of a text folded as `compact` folds them (lower case, accents dropped), without the
 * way back to offsets: enough to look up the index, and several times faster on a whole page.
 */
function wordsOf(text: string): string[] {
  const words = text.toLowerCase().match(WORDS) ?? [];
  for (const [i, word] of words.entries())
    if (NON_ASCII.test(word)) words[i] = word.normalize('NFD').replace(/\p{M}/gu, '');
  return words;
}

/** The closest approximate occurrence of `pattern` in `text` within the error budget. */
function closest(text: string, pattern: string): { start: number; end: number; errors: number } | undefined {
  const budget = Math.max(1, Math.floor(pattern.length * NEAR_ERRORS));
  const exactAt = text.indexOf(pattern);
  if (exactAt >= 0) return { start: exactAt, end: exactAt + pattern.length, errors: 0 };
  let best: { start: number; end: number; errors: number } | undefined;
  for (const m of search(text, pattern, budget)) if (!best || m.errors < best.errors) best = m;
  return best;
}
