import { i18n } from '#i18n';
import type { Caveat, Lang, Pack, Quote } from '../../pack/types';
import { formatDate, pick } from '../lang';
import { personName, quoteWording, referencesOf } from '../pack-view';

/** Pieces of the pack as every view shows them: the card, the popup and the source view. */

export function References({ pack, ids, lang }: { pack: Pack; ids: string[]; lang: Lang }) {
  const references = referencesOf(pack, ids);
  if (references.length === 0) return null;
  return (
    <ul class="refs" aria-label={i18n.t('card.references')}>
      {references.map((reference) => (
        <li key={reference.id}>
          <a href={reference.url} target="_blank" rel="noreferrer noopener">
            {reference.publisher}
            {reference.title ? `, “${reference.title}”` : ''}
            {reference.date ? `, ${formatDate(reference.date, lang)}` : ''}
          </a>
          {reference.note ? ` (${pick(reference.note, lang)})` : ''}
        </li>
      ))}
    </ul>
  );
}

const FROM_LANGUAGE = {
  en: () => i18n.t('quote.translatedFromEnglish'),
  es: () => i18n.t('quote.translatedFromSpanish'),
} as const;

/** The words of a quote in the reader's language, saying when they are a translation or a report. */
function QuoteWords({ quote, lang }: { quote: Quote; lang: Lang }) {
  const wording = quoteWording(quote, lang);
  const { from } = wording;
  return (
    <>
      {from ? (
        <p class="words translation" lang={wording.lang}>
          <span class="label">
            {from.reported ? i18n.t('quote.translatedFromReport') : FROM_LANGUAGE[from.lang]()}:
          </span>{' '}
          {wording.text}
        </p>
      ) : (
        <blockquote lang={wording.lang}>“{wording.text}”</blockquote>
      )}
      {wording.kind === 'reported' && <p class="note">{i18n.t('quote.asReported')}</p>}
      {from && (
        <details class="original">
          <summary>{i18n.t('quote.original')}</summary>
          <blockquote lang={from.lang}>“{from.text}”</blockquote>
          {from.reported && <p class="note">{i18n.t('quote.asReported')}</p>}
        </details>
      )}
    </>
  );
}

/** "3 May 2025", or "around 6 May 2025" where the day is not certain. */
function quoteDate(quote: Quote, lang: Lang): string {
  const date = formatDate(quote.date, lang);
  return quote.dateApproximate ? i18n.t('quote.around', [date]) : date;
}

/** A quote's words, who said them, when and where, how sure that is, and what they were about. */
export function QuoteFacts({ pack, quote, lang }: { pack: Pack; quote: Quote; lang: Lang }) {
  return (
    <>
      <QuoteWords quote={quote} lang={lang} />
      <p class="meta">
        {i18n.t('card.saidBy', [
          personName(pack, quote.speaker, lang),
          quoteDate(quote, lang),
          pick(quote.venue, lang),
        ])}
      </p>
      {quote.confidence === 'medium' && <p class="note confidence">{i18n.t('quote.mediumConfidence')}</p>}
      <p class="context">{pick(quote.context, lang)}</p>
    </>
  );
}

export function QuoteItem({
  pack,
  quote,
  lang,
  withReferences = false,
}: {
  pack: Pack;
  quote: Quote;
  lang: Lang;
  withReferences?: boolean;
}) {
  return (
    <li class="quote">
      <QuoteFacts pack={pack} quote={quote} lang={lang} />
      {quote.sourceText && (
        <p class="as-printed">
          <span class="label">{i18n.t('quote.sourcePrints')}:</span> <q lang={pack.source.lang}>{quote.sourceText}</q>
        </p>
      )}
      {quote.difference && <p class="note">{pick(quote.difference, lang)}</p>}
      {withReferences && <References pack={pack} ids={quote.references} lang={lang} />}
    </li>
  );
}

export function CaveatItem({ pack, caveat, lang }: { pack: Pack; caveat: Caveat; lang: Lang }) {
  // An accurate claim carries no fault to rate: its label says all.
  const rated = caveat.verdict !== 'accurate';
  return (
    <li class={`caveat severity-${rated ? caveat.severity : 'none'}`}>
      <p class="claim">
        {rated && <span class="badge">{i18n.t(`card.severity.${caveat.severity}`)}</span>}{' '}
        {pick(caveat.verdictLabel, lang)}
      </p>
      <p class="quoted" lang={pack.source.lang}>
        {caveat.claim}
      </p>
      <p>{pick(caveat.explanation, lang)}</p>
      {caveat.unverified && <p class="unverified">{pick(caveat.unverified, lang)}</p>}
      <References pack={pack} ids={caveat.references} lang={lang} />
    </li>
  );
}

export function CaveatList({ pack, caveats, lang }: { pack: Pack; caveats: readonly Caveat[]; lang: Lang }) {
  return (
    <ul class="caveats">
      {caveats.map((caveat) => (
        <CaveatItem key={caveat.id} pack={pack} caveat={caveat} lang={lang} />
      ))}
    </ul>
  );
}

export function QuoteList({
  pack,
  quotes,
  lang,
  withReferences = false,
}: {
  pack: Pack;
  quotes: readonly Quote[];
  lang: Lang;
  withReferences?: boolean;
}) {
  return (
    <ul class="quotes">
      {quotes.map((quote) => (
        <QuoteItem key={quote.id} pack={pack} quote={quote} lang={lang} withReferences={withReferences} />
      ))}
    </ul>
  );
}

/** Names the source wherever its caveats appear, so no reader takes them for the page's own. */
export function SourceNamed({ pack, lang }: { pack: Pack; lang: Lang }) {
  const title = pick(pack.source.title, lang);
  return (
    <p class="note source-named">
      {pack.reviewed ? i18n.t('card.fromSource', [title, formatDate(pack.reviewed, lang)]) : title}
      {pack.source.description ? ` ${pick(pack.source.description, lang)}` : ''}
    </p>
  );
}
