import type { Lang } from '../../pack/types';
import type { Speaker } from '../compiled';
import { invalid, readArray, readRecord, readString } from '../read';
import { compactText } from '../text/compact';
import { normalize, toOriginal } from '../text/normalize';
import { Hits, loadMatcher, type Matcher } from './matcher';

/**
 * Whom the text around a quote names as its speaker, resolved to a person id through the packs'
 * aliases ("Trump", "la presidenta", "the White House" …), in both orders and languages: “…,”
 * said Trump / “…,” Mr. Trump told reporters / Sheinbaum stated, “…” / dijo Sheinbaum: «…» /
 * according to X, “…” / “…,” according to X / X has insisted …, stating, “…”; and, for a
 * quotation that stands alone, whom the sentence before it has speak (“Sheinbaum spoke on
 * Saturday. “…”” / “…,” Trump said. “…”). A pronoun ("she", "ella") stands for the last
 * person named as speaking before it, else the nearest, of the matching gender where the pack
 * tells it (Spanish aliases with "la" / "el"); a description that is no alias ("the former
 * president") for the person the text introduced with those words ("former U.S. President Donald
 * Trump"). Whether that credit is right is judged in `credit.ts`.
 */

const SPEECH_VERBS: Record<Verb['kind'], Record<Lang, string>> = {
  participle: {
    en: 'saying|stating|declaring|adding|insisting|warning|noting|writing|arguing|explaining|asserting|claiming|stressing|telling',
    es: 'diciendo|afirmando|senalando|asegurando|declarando|advirtiendo|insistiendo|subrayando|indicando|expresando',
  },
  preposition: { en: 'according to', es: 'segun|de acuerdo con' },
  // Only in the sentence before a quotation standing alone ("Sheinbaum spoke on Saturday. “…”"):
  // in the quotation's own sentence, "spoke of “…”" may cite someone else's words.
  intro: { en: 'spoke|speaks|speaking', es: 'hablo|habla|hablando' },
  finite: {
    en:
      'said|says|say|stated|declared|declares|added|adds|told|tells|wrote|writes|insisted|insists|warned|warns|' +
      'asserted|asserts|argued|argues|explained|explains|noted|remarked|continued|responded|replied|answered|' +
      'tweeted|posted|affirmed|stressed|emphasi[sz]ed|announced|recalled|recounted|concluded|resolved|urged|' +
      'commented|vowed|reiterated|acknowledged|admitted|promised|confirmed',
    es:
      'dijo|dice|decia|afirmo|afirma|declaro|declara|aseguro|asegura|senalo|senala|indico|indica|expreso|' +
      'subrayo|sostuvo|anadio|agrego|manifesto|explico|recalco|enfatizo|destaco|apunto|advirtio|insistio|' +
      'reitero|respondio|escribio|comento|menciono|planteo|sentencio|reconocio|aclaro|refirio|puntualizo|' +
      'expuso|dicho|afirmado|declarado|asegurado|senalado|insistido',
  },
};
const VERB_GROUPS = (Object.keys(SPEECH_VERBS) as Verb['kind'][]).flatMap((kind) =>
  (['en', 'es'] as const).map((lang) => ({ kind, lang, source: SPEECH_VERBS[kind][lang] })),
);
/** One capturing group per kind and language, in VERB_GROUPS order. */
const SPEECH = new RegExp(`\\b(?:${VERB_GROUPS.map((g) => `(${g.source})`).join('|')})\\b`, 'g');

/**
 * Words right before a name that make it an object, not the speaker ("with Trump", "a Sheinbaum",
 * "about the White House"); an article may stand between.
 */
const OBJECT_BEFORE =
  /\b(?:with|to|of|by|from|for|against|on|about|at|after|than|toward|towards|con|a|de|del|contra|para|sobre|ante|tras|hacia)\s+(?:(?:the|el|la|los|las)\s+)?$/i;
/** Words before the source named after "according to": not the source itself ("sources close to Trump"). */
const NOT_SOURCE_BEFORE =
  /\b(?:with|to|for|against|on|about|at|than|toward|towards|con|a|contra|para|sobre|ante|hacia)\s+(?:(?:the|el|la|los|las)\s+)?$/i;
const POSSESSIVE_AFTER = /^['’]s\b/;
const ABBREVIATION =
  /(?:\b\p{L}|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|St|Jr|Sr|Sra|Srta|Inc|Corp|vs|v|No|Lt|Col|Sgt|Lic))$/u;
/** Words after a quotation that may name its speaker. */
const AFTER_WORDS = 10;
/** What may stand between a sentence's start and a quotation that opens it. */
const OPENS_SENTENCE = /^[\s"'“‘«(—–-]*$/;
const SKIP_AFTER = /^[\s"'“”‘’«».,;:!?…)\]—–-]*/;

type Who = Speaker | { description: string[] };

interface Named {
  start: number;
  end: number;
  who: Who;
}

interface Verb {
  start: number;
  end: number;
  kind: 'participle' | 'preposition' | 'intro' | 'finite';
  lang: Lang;
}

/**
 * A definite description of a speaker ("the former president", "el mandatario estadounidense")
 * that is not one of the pack's aliases: it stands for the person the text introduced with those
 * words ("former U.S. President Donald Trump").
 */
const DESCRIPTION = new RegExp(
  '\\bthe (?:(?:former|then|current|outgoing|sitting|u\\.\\s?s\\.|us|american|mexican|republican)\\s+){0,2}(?:president|leader)\\b|' +
    '\\b(?:el|la) (?:ex)?(?:presidente|presidenta|mandatario|mandataria|lider)' +
    '(?: (?:estadounidense|mexicana|mexicano|norteamericano|de estados unidos|de mexico))?\\b',
  'g',
);
const ARTICLES = new Set(['the', 'el', 'la']);
/** How far back a description or pronoun may look for the person it stands for. */
const COREFERENCE_REACH = 8000;

const LANGS: readonly string[] = ['en', 'es'];

function readSpeaker(value: unknown, name: string): Speaker {
  const speaker = readRecord(value, name);
  if ('person' in speaker) return { person: readString(speaker.person, `${name}.person`) };
  if ((speaker.pronoun !== 'f' && speaker.pronoun !== 'm') || !LANGS.includes(speaker.lang as string))
    invalid(`${name} is neither a person nor a pronoun`);
  return { pronoun: speaker.pronoun, lang: speaker.lang as Lang };
}

/** Unpacks the people's aliases and what the packs tell of them. */
export function loadAttributor(value: unknown): Attributor {
  const compiled = readRecord(value, 'attribution');
  const matcher = loadMatcher(compiled.automaton, 'attribution.automaton');
  const names = readArray(compiled.names, 'attribution.names');
  if (names.length !== matcher.size) invalid('attribution.names does not name every pattern');
  const gender = new Map<string, 'f' | 'm'>();
  readArray(compiled.genders, 'attribution.genders').forEach((entry, i) => {
    const [person, g] = readArray(entry, `attribution.genders[${i}]`);
    if (g !== 'f' && g !== 'm') invalid(`attribution.genders[${i}] is no gender`);
    gender.set(readString(person, `attribution.genders[${i}]`), g);
  });
  const institutions = readArray(compiled.institutions, 'attribution.institutions').map((p) =>
    readString(p, 'attribution.institutions'),
  );
  const affiliations = new Map<string, string[]>();
  readArray(compiled.affiliations, 'attribution.affiliations').forEach((entry, i) => {
    const name = `attribution.affiliations[${i}]`;
    const [person, bodies] = readArray(entry, name);
    affiliations.set(
      readString(person, name),
      readArray(bodies, name).map((b) => readString(b, name)),
    );
  });
  return new Attributor(
    matcher,
    names.map((n, i) => readSpeaker(n, `attribution.names[${i}]`)),
    gender,
    new Set(institutions),
    affiliations,
  );
}

export class Attributor {
  constructor(
    private readonly matcher: Matcher,
    /** Whom each pattern of the matcher names. */
    private readonly who: readonly Speaker[],
    private readonly gender: ReadonlyMap<string, 'f' | 'm'>,
    private readonly institutions: ReadonlySet<string>,
    /** Per person, the bodies they speak for, nearest first. */
    private readonly affiliations: ReadonlyMap<string, readonly string[]>,
  ) {}

  /** The bodies `person` speaks for, nearest first (see `credit.ts`). */
  bodiesOf(person: string): readonly string[] {
    return this.affiliations.get(person) ?? [];
  }

  /** Person id of whom `text` names as saying the words at [start, end), or null. */
  attribute(text: string, start: number, end: number): string | null {
    const from = paragraphStart(text, start, 2000);
    const to = paragraphEnd(text, end, 400);
    const named = this.named(text, Math.max(0, start - COREFERENCE_REACH), to);
    const speaker =
      this.after(text, end, to, named) ??
      this.before(text, from, start, named) ??
      this.introduced(text, from, start, named);
    if (!speaker) return null;
    if ('person' in speaker.who) return speaker.who.person;
    if ('pronoun' in speaker.who) return this.resolvePronoun(text, speaker, named);
    return resolveDescription(text, speaker, speaker.who.description, named);
  }

  /** Aliases, pronouns and descriptions in [from, to), longest first where they overlap. */
  private named(text: string, from: number, to: number): Named[] {
    const slice = text.slice(from, to);
    const hits = new Hits();
    this.matcher.scan(slice, hits);
    const named: Named[] = [];
    for (let i = 0; i < hits.length; i++) {
      named.push({ start: hits.start[i]! + from, end: hits.end[i]! + from, who: this.who[hits.pattern[i]!]! });
    }
    const norm = normalize(slice);
    for (const m of norm.text.matchAll(DESCRIPTION)) {
      const span = toOriginal(norm, m.index, m.index + m[0].length);
      const words = compactText(m[0])
        .split(' ')
        .filter((w) => !ARTICLES.has(w));
      named.push({ start: span.start + from, end: span.end + from, who: { description: words } });
    }
    // Aliases come first, so they win a tie with a description of the same extent.
    const sorted = named
      .map((n, i) => ({ n, i }))
      .sort((a, b) => a.n.start - b.n.start || b.n.end - a.n.end || a.i - b.i);
    const kept: Named[] = [];
    for (const { n } of sorted) {
      const last = kept[kept.length - 1];
      if (!last || n.start >= last.end) kept.push(n);
    }
    return kept;
  }

  /** “…,” said Trump / “…,” Mr. Trump told reporters / “…,” she said / “…,” according to X. */
  private after(text: string, end: number, limit: number, named: Named[]): Named | null {
    const skipped = SKIP_AFTER.exec(text.slice(end, limit))![0];
    const from = end + skipped.length;
    let to = from;
    let words = 0;
    while (to < limit && words < AFTER_WORDS && !/[\n"“«]/.test(text[to]!) && !endsSentence(text, from, to)) {
      if (/\s/.test(text[to]!)) words++;
      to++;
    }
    const verb = speechVerbs(text, from, to).find((v) => v.kind === 'finite' || v.kind === 'preposition');
    if (!verb) return null;
    // A name that begins among those words may end after them ("el portavoz del Consejo …").
    const near = named.filter((n) => n.start >= from && n.start < to && n.end <= limit);
    if (verb.kind === 'preposition') return sourceAfter(text, near, verb);
    const candidates = near.filter((n) => eligible(text, n, verb));
    return candidates.find((n) => n.end <= verb.start) ?? candidates.find((n) => n.start >= verb.end) ?? null;
  }

  /** Sheinbaum stated, “…” / dijo Sheinbaum: «…» / according to X, “…” / X …, stating, “…”. */
  private before(text: string, paragraphFrom: number, start: number, named: Named[]): Named | null {
    const from = sentenceStart(text, paragraphFrom, start);
    const inSentence = named.filter((n) => n.start >= from && n.end <= start);
    const verbs = speechVerbs(text, from, start).filter((v) => v.kind !== 'intro');
    const verb = verbs[verbs.length - 1];
    if (!verb) {
      // "Sheinbaum: “…”"
      const last = inSentence[inSentence.length - 1];
      return last && /^\s*[:：]\s*["“«]?\s*$/.test(text.slice(last.end, start)) ? last : null;
    }
    return subject(text, inSentence, verb);
  }

  /**
   * A quotation that opens its sentence and names no speaker after it: the one the sentence
   * before has speak, by name (“Sheinbaum spoke on Saturday. “…”” / “…,” Trump said. “…””). A
   * pronoun there is left alone: who "he" is, two sentences away, is too much of a guess.
   */
  private introduced(text: string, paragraphFrom: number, start: number, named: Named[]): Named | null {
    const opening = sentenceStart(text, paragraphFrom, start);
    if (opening <= paragraphFrom || !OPENS_SENTENCE.test(text.slice(opening, start))) return null;
    // The sentence before ends at its last word, before its stop and any closing quotation mark.
    let last = opening;
    while (last > paragraphFrom && /[\s.!?"'”’»]/.test(text[last - 1]!)) last--;
    const from = sentenceStart(text, paragraphFrom, last);
    const verbs = speechVerbs(text, from, last);
    const verb = verbs[verbs.length - 1];
    if (!verb) return null;
    const found = subject(
      text,
      named.filter((n) => n.start >= from && n.end <= last),
      verb,
    );
    return found && 'pronoun' in found.who ? null : found;
  }

  /**
   * The person a pronoun stands for: of those named before it, of its gender where the pack
   * tells it, the last one named as speaking ("Hewitt said Sheinbaum and Trump … he added"), else
   * the last one named.
   */
  private resolvePronoun(text: string, pronoun: Named, named: Named[]): string | null {
    const gender = 'pronoun' in pronoun.who ? pronoun.who.pronoun : null;
    let nearest: string | null = null;
    for (let i = named.length - 1; i >= 0; i--) {
      const n = named[i]!;
      if (n.end > pronoun.start || !('person' in n.who) || this.institutions.has(n.who.person)) continue;
      const known = this.gender.get(n.who.person);
      if (known && known !== gender) continue;
      if (speaksNext(text, n)) return n.who.person;
      nearest ??= n.who.person;
    }
    return nearest;
  }
}

/** Whether a speech verb follows the name, maybe after one word ("Hewitt said", "Trump later told"). */
function speaksNext(text: string, n: Named): boolean {
  const next = /^\s+[\p{L}-]+(?:\s+\p{L}+)?/u.exec(text.slice(n.end, n.end + 40));
  if (!next) return false;
  return speechVerbs(text, n.end, n.end + next[0].length).some((v) => v.kind === 'finite' || v.kind === 'intro');
}

/** Whom a sentence has say the words, by its speech verb: named before it, or after it ("dijo Sheinbaum"). */
function subject(text: string, inSentence: Named[], verb: Verb): Named | null {
  if (verb.kind === 'preposition') return sourceAfter(text, inSentence, verb);
  const subjects = inSentence.filter((n) => eligible(text, n, verb));
  if (verb.kind === 'participle') return subjects[0] ?? null;
  const preceding = subjects.filter((n) => n.end <= verb.start);
  return (
    preceding[preceding.length - 1] ?? inSentence.find((n) => n.start >= verb.end && sameLanguage(n, verb)) ?? null
  );
}

/**
 * The source named after "according to" / "según": the first name after it ("a statement from
 * the White House"), unless it is someone close to the source or the source's own ("sources
 * close to Trump", "Trump's spokesman"): then no one.
 */
function sourceAfter(text: string, named: Named[], verb: Verb): Named | null {
  const first = named.find((n) => n.start >= verb.end && sameLanguage(n, verb));
  if (!first) return null;
  const before = text.slice(Math.max(verb.end, first.start - 16), first.start);
  return POSSESSIVE_AFTER.test(text.slice(first.end, first.end + 3)) || NOT_SOURCE_BEFORE.test(before) ? null : first;
}

/** A pronoun only goes with a verb of its own language ("he dicho" is Spanish for "I have said"). */
function sameLanguage(n: Named, verb: Verb): boolean {
  return !('pronoun' in n.who) || n.who.lang === verb.lang;
}

/** The person last introduced with the description's words ("former … President Donald Trump"). */
function resolveDescription(text: string, description: Named, words: string[], named: Named[]): string | null {
  for (let i = named.length - 1; i >= 0; i--) {
    const n = named[i]!;
    if (n.end > description.start || !('person' in n.who)) continue;
    const introduction = compactText(text.slice(Math.max(0, n.start - 40), n.end)).split(' ');
    if (words.every((w) => introduction.includes(w))) return n.who.person;
  }
  return null;
}

function eligible(text: string, n: Named, verb: Verb): boolean {
  return (
    sameLanguage(n, verb) &&
    !POSSESSIVE_AFTER.test(text.slice(n.end, n.end + 3)) &&
    !OBJECT_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start))
  );
}

function speechVerbs(text: string, from: number, to: number): Verb[] {
  const norm = normalize(text.slice(from, to));
  const verbs: Verb[] = [];
  for (const m of norm.text.matchAll(SPEECH)) {
    const span = toOriginal(norm, m.index, m.index + m[0].length);
    const group = VERB_GROUPS[m.slice(1).findIndex((g) => g !== undefined)]!;
    verbs.push({ start: span.start + from, end: span.end + from, kind: group.kind, lang: group.lang });
  }
  return verbs;
}

function paragraphStart(text: string, at: number, reach: number): number {
  const from = Math.max(0, at - reach);
  let start = from;
  for (const m of text.slice(from, at).matchAll(/\n[^\S\n]*\n/g)) start = from + m.index + m[0].length;
  return start;
}

function paragraphEnd(text: string, at: number, reach: number): number {
  const slice = text.slice(at, Math.min(text.length, at + reach));
  const blank = slice.search(/\n[^\S\n]*\n/);
  return blank < 0 ? at + slice.length : at + blank;
}

/** Whether the character at `i` ends a sentence: a stop that is not an abbreviation's ("Mr.", "U.S."). */
function endsSentence(text: string, from: number, i: number): boolean {
  const ch = text[i];
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  if (!/\s/.test(text[i + 1] ?? '')) return false;
  return ch !== '.' || !ABBREVIATION.test(text.slice(Math.max(from, i - 6), i));
}

/** Start of the sentence holding `at`: after the last terminator that is not an abbreviation. */
function sentenceStart(text: string, from: number, at: number): number {
  for (let i = at - 1; i > from; i--) {
    const ch = text[i]!;
    if (ch === '\n' || endsSentence(text, from, i)) return i + 1;
    // Another quotation closes before ours: the words in it are not the attribution.
    if ((ch === '”' || ch === '»') && i < at - 1) return i + 1;
  }
  return from;
}
