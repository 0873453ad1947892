import { findUnsafeText } from './text-rules';
import type { Bilingual, Pack } from './types';

/**
 * Why a pack was refused. `code` and `params` are for code and tests; `message` is the same
 * thing in words for the reader, in both UI languages. `path` names the field ("" for the whole
 * file), in the form `quotes[2].references[0]`.
 */
export interface PackError {
  path: string;
  code: PackErrorCode;
  params: Record<string, string>;
  message: Bilingual;
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; error: PackError };

type Params = Record<string, string>;
type Template = (params: Params) => string;

/** Every refusal, worded in English and Spanish. Values quoted here passed `echo`. */
const MESSAGES = {
  'not-text': { en: () => 'the file is not text', es: () => 'el archivo no es texto' },
  'too-large': {
    en: (p) => `the file is larger than ${p.limit} bytes`,
    es: (p) => `el archivo ocupa más de ${p.limit} bytes`,
  },
  'too-deep': {
    en: (p) => `nested more than ${p.limit} levels deep`,
    es: (p) => `tiene más de ${p.limit} niveles de anidamiento`,
  },
  'not-json': { en: () => 'the file is not valid JSON', es: () => 'el archivo no es JSON válido' },
  'wrong-root': {
    en: (p) => `expected a pack (a JSON object) or a ClaimReview array, found ${typeName(p.received, 'en')}`,
    es: (p) =>
      `se esperaba un paquete (un objeto JSON) o un arreglo de ClaimReview; se encontró ${typeName(p.received, 'es')}`,
  },
  missing: { en: () => 'required field is missing', es: () => 'falta este campo obligatorio' },
  'unknown-field': { en: () => 'unknown field', es: () => 'campo desconocido' },
  'wrong-type': {
    en: (p) => `expected ${typeName(p.expected, 'en')}, found ${typeName(p.received, 'en')}`,
    es: (p) => `se esperaba ${typeName(p.expected, 'es')}; se encontró ${typeName(p.received, 'es')}`,
  },
  empty: { en: () => 'must not be empty', es: () => 'no puede estar vacío' },
  'too-long': {
    en: (p) => `longer than ${p.limit} characters`,
    es: (p) => `supera los ${p.limit} caracteres`,
  },
  'too-many': {
    en: (p) => `more than ${p.limit} items`,
    es: (p) => `tiene más de ${p.limit} elementos`,
  },
  markup: {
    en: () => 'contains markup: "<" followed by a letter, "/", "!" or "?"',
    es: () => 'contiene marcado: “<” seguido de una letra, “/”, “!” o “?”',
  },
  'control-char': {
    en: () => 'contains a control or text-direction character',
    es: () => 'contiene un carácter de control o de dirección del texto',
  },
  'script-scheme': {
    en: () => 'contains a link that runs code (a javascript, vbscript, livescript or data URL)',
    es: () => 'contiene un enlace que ejecuta código (una URL javascript, vbscript, livescript o data)',
  },
  'bad-id': {
    en: () => 'an id is 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit',
    es: () => 'un id tiene de 1 a 64 letras, dígitos, “.”, “_” o “-”, y empieza por letra o dígito',
  },
  'bad-date': {
    en: (p) => `not a valid ISO date (${p.format})`,
    es: (p) => `no es una fecha ISO válida (${p.format})`,
  },
  'bad-value': {
    en: (p) => `expected one of ${p.expected}`,
    es: (p) => `se esperaba uno de estos valores: ${p.expected}`,
  },
  'bad-number': {
    en: (p) => `expected a whole number from ${p.limit} up`,
    es: (p) => `se esperaba un número entero igual o mayor que ${p.limit}`,
  },
  'url-scheme': {
    en: (p) => `only http and https links are allowed, not ${p.scheme}`,
    es: (p) => `solo se admiten enlaces http y https, no ${p.scheme}`,
  },
  'url-invalid': { en: () => 'not a valid http(s) link', es: () => 'no es un enlace http(s) válido' },
  'url-credentials': {
    en: () => 'a link must not carry a user name or password',
    es: () => 'un enlace no puede llevar usuario ni contraseña',
  },
  'duplicate-id': {
    en: (p) => `duplicate id "${p.value}"`,
    es: (p) => `id duplicado “${p.value}”`,
  },
  duplicate: {
    en: (p) => `"${p.value}" is listed twice`,
    es: (p) => `“${p.value}” aparece dos veces`,
  },
  'unknown-topic': {
    en: (p) => `unknown topic "${p.value}"`,
    es: (p) => `tema desconocido “${p.value}”`,
  },
  'undeclared-topic': {
    en: (p) => `topic "${p.value}" is not defined in topics`,
    es: (p) => `el tema “${p.value}” no está definido en topics`,
  },
  'unknown-reference': {
    en: (p) => `unknown reference "${p.value}"`,
    es: (p) => `referencia desconocida “${p.value}”`,
  },
  'unknown-person': {
    en: (p) => `unknown person "${p.value}"`,
    es: (p) => `persona desconocida “${p.value}”`,
  },
  'unknown-quote': {
    en: (p) => `unknown quote "${p.value}"`,
    es: (p) => `cita desconocida “${p.value}”`,
  },
  'unknown-caveat': {
    en: (p) => `unknown caveat "${p.value}"`,
    es: (p) => `salvedad desconocida “${p.value}”`,
  },
  'bad-claim-term': {
    en: () => 'a claim term is words; "*" may end a word of 4 letters or more; ".." stands between two words',
    es: () =>
      'un término de afirmación son palabras; “*” puede terminar una palabra de 4 letras o más; “..” va entre dos palabras',
  },
  'speaks-for-person': {
    en: (p) => `"${p.value}" is a person: one speaks for an organization`,
    es: (p) => `“${p.value}” es una persona: se habla en nombre de una organización`,
  },
  'affiliation-cycle': {
    en: (p) => `speaking for "${p.value}" closes a circle: a body cannot speak for itself`,
    es: (p) => `hablar en nombre de “${p.value}” cierra un círculo: un organismo no habla en su propio nombre`,
  },
  'attribution-without-source-text': {
    en: () => 'attributedTo is only for quotes the source prints (with sourceText)',
    es: () => 'attributedTo solo corresponde a citas que publica la fuente (con sourceText)',
  },
  'not-in-source': {
    en: () => 'these words do not occur in source.text',
    es: () => 'estas palabras no aparecen en source.text',
  },
  'not-borderline-review': {
    en: () => 'not a Borderline ClaimReview: it needs borderline:caveat',
    es: () => 'no es un ClaimReview de Borderline: necesita borderline:caveat',
  },
  'pack-record-count': {
    en: (p) => `exactly one item must carry borderline:pack; found ${p.count}`,
    es: (p) => `exactamente un elemento debe llevar borderline:pack; hay ${p.count}`,
  },
  'caveat-not-placed': {
    en: (p) => `caveat "${p.value}" has no place in borderline:pack.caveats`,
    es: (p) => `la salvedad “${p.value}” no tiene lugar en borderline:pack.caveats`,
  },
  'review-mismatch': {
    en: (p) => `does not match ${p.field} in the Borderline record`,
    es: (p) => `no coincide con ${p.field} del registro de Borderline`,
  },
} satisfies Record<string, { en: Template; es: Template }>;

export type PackErrorCode = keyof typeof MESSAGES;

/** A refusal's code where valibot wants a message, checked against `MESSAGES` at compile time. */
export const issueCode = (code: PackErrorCode): PackErrorCode => code;

export function isPackErrorCode(value: string): value is PackErrorCode {
  return Object.hasOwn(MESSAGES, value);
}

const TYPE_NAMES: Record<string, Bilingual> = {
  text: { en: 'text', es: 'texto' },
  number: { en: 'a number', es: 'un número' },
  boolean: { en: 'true or false', es: 'verdadero o falso' },
  list: { en: 'a list', es: 'una lista' },
  object: { en: 'an object', es: 'un objeto' },
  null: { en: 'null', es: 'null' },
  nothing: { en: 'nothing', es: 'nada' },
};

function typeName(name: string | undefined, lang: keyof Bilingual): string {
  return (name !== undefined && TYPE_NAMES[name]?.[lang]) || TYPE_NAMES.nothing![lang];
}

/** The JSON type of a value, in the words of `TYPE_NAMES`. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'object') {
    return typeof value;
  }
  return 'nothing';
}

/** A field name or list index on the way from the root to the offending value. */
export type PathKey = string | number;

const PLAIN_KEY = /^[A-Za-z_$@][\w$@:.-]{0,63}$/;

/** `quotes[2].references[0]`; a key that is not a plain name shows as `[…]`, never echoed. */
export function formatPath(path: readonly PathKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (PLAIN_KEY.test(key) && !findUnsafeText(key)) text += text === '' ? key : `.${key}`;
    else text += '[…]';
  }
  return text;
}

/** A value quoted back to the reader only if it is id-like; anything else could be markup. */
export function echo(value: unknown): string {
  return typeof value === 'string' && /^[\w.+-]{1,64}$/.test(value) ? value : '…';
}

export function packError(path: readonly PathKey[], code: PackErrorCode, params: Params = {}): PackError {
  const template = MESSAGES[code] as { en: Template; es: Template };
  return {
    path: formatPath(path),
    code,
    params,
    message: { en: template.en(params), es: template.es(params) },
  };
}

/** One line for the reader: `quotes[2].references[0]: unknown reference "R99"`. */
export function formatPackError(error: PackError, lang: keyof Bilingual): string {
  return error.path === '' ? error.message[lang] : `${error.path}: ${error.message[lang]}`;
}

/** Thrown where a caller asked for a pack rather than a result (`fromClaimReviews`). */
export class PackImportError extends Error {
  readonly error: PackError;

  constructor(error: PackError) {
    super(formatPackError(error, 'en'));
    this.name = 'PackImportError';
    this.error = error;
  }
}
