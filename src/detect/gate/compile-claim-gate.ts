import { caveatsWithSourceForms, sourceParts } from '../claims/parts';
import { WINDOW as SENTENCE_WINDOW } from '../claims/sentences';
import { compileTerm, type Term } from '../claims/terms';
import type { ClaimData } from '../claims/types';
import type { CompiledGate } from '../compiled';
import { CLASS_LETTERS, CLASSES, classOf, EXPANSION_BASE, expansions, OTHER_WORD } from '../runtime/matcher';

/**
 * What the gate (see `gate.ts`) looks for of the checked claims, worked out from the claim data
 * the finder reads (see `claims/finder.ts`), so that the gate never turns away a text the finder
 * would find a claim in. The finder finds a claim only where every slot of one of its wordings is
 * filled, in one sentence (a copy of the source's words too, when the claim has wordings in the
 * source's language); or, for a claim found only as a copy, where a sentence holds enough of the
 * copy's longer words. The gate asks the same of a stretch of the text as long as any sentence,
 * reading the words of each term as letters run together.
 */

/** A word as the gate reads it: its letters and digits, folded as the matcher folds them. */
function gateLetters(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const cls = classOf(word.charCodeAt(i));
    const classes = cls >= EXPANSION_BASE ? expansions[cls - EXPANSION_BASE]! : [cls];
    for (const c of classes) if (c > OTHER_WORD && c < CLASSES) out += CLASS_LETTERS[c];
  }
  return out;
}

/**
 * The runs of a term's words that stand together in any text it matches, letters run together:
 * a run ends at a gap (`..`) and after a prefix word, whose word may go on. Runs the gate cannot
 * read (no letter or digit) are left out.
 */
function termKeys(term: Term): Key[] {
  const runs: Key[] = [];
  let run = '';
  for (const word of term) {
    if (word) run += gateLetters(word.word);
    if (!word || word.prefix) {
      runs.push({ spelled: run, open: word?.prefix === true });
      run = '';
    }
  }
  runs.push({ spelled: run, open: false });
  return runs.filter((r) => r.spelled !== '');
}

/** A run of words as the gate looks for it: letters run together; `open` if its last word may go on. */
interface Key {
  spelled: string;
  open: boolean;
}

/**
 * How far apart, in the gate's text, the words of one sentence may stand: no sentence the finder
 * reads is longer than its window, and the gate's text of a page may hold more between two words
 * of a block than the finder's (see `QUOTE_REACH_FACTOR`).
 */
const CLAIM_REACH = 2 * SENTENCE_WINDOW;

export function compileClaimGate(data: ClaimData): CompiledGate['claims'] {
  const keys: string[] = [];
  const open: number[] = [];
  const keyIds = new Map<string, number>();
  const keyOf = ({ spelled, open: goesOn }: Key) => {
    const name = `${spelled}${goesOn ? '*' : ''}`;
    let id = keyIds.get(name);
    if (id === undefined) {
      id = keys.push(spelled) - 1;
      if (goesOn) open.push(id);
      keyIds.set(name, id);
    }
    return id;
  };
  const forms: number[][][][] = [];
  for (const pattern of data.claims ?? []) {
    for (const list of Object.values(pattern.forms)) {
      for (const form of list ?? []) {
        const slots: number[][][] = [];
        for (const slot of form.slots) {
          const terms = slot.terms.map((term) => [...new Set(termKeys(compileTerm(term)).map(keyOf))]);
          // A term with no letter the gate reads fills its slot in any text: the slot asks nothing.
          if (terms.some((term) => term.length === 0)) continue;
          slots.push(terms);
        }
        forms.push(slots);
      }
    }
  }
  const withForms = caveatsWithSourceForms(data);
  const copies = sourceParts(data.caveats)
    .filter((part) => !withForms.has(part.caveat))
    .map((part) => {
      const spelled = part.anchors.map(gateLetters).filter((s) => s !== '');
      const keywords = [...new Set(spelled.map((word) => keyOf({ spelled: word, open: false })))];
      // Words the gate cannot tell apart count once to it: it asks for as many fewer.
      return { keywords, need: Math.max(0, part.needed - (part.anchors.length - keywords.length)) };
    });
  return { keys, open, forms, copies, reach: CLAIM_REACH };
}
