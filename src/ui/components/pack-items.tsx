import { i18n } from '#i18n';
import type { Caveat, Lang, Pack, Quote } from '../../pack/types';
import { formatDate, pick } from '../lang';
import { personById, referencesOf } from '../pack-view';

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
        </li>
      ))}
    </ul>
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
  const speaker = personById(pack, quote.speaker);
  const words = quote.sourceText ?? quote.translation?.[lang] ?? quote.original.text;
  return (
    <li class="quote">
      <blockquote lang={quote.sourceText ? 'en' : quote.original.lang}>“{words}”</blockquote>
      <p class="meta">
        {i18n.t('card.saidBy', [speaker?.name ?? quote.speaker, formatDate(quote.date, lang), pick(quote.venue, lang)])}
      </p>
      {quote.difference && <p class="note">{pick(quote.difference, lang)}</p>}
      {withReferences && <References pack={pack} ids={quote.references} lang={lang} />}
    </li>
  );
}

export function CaveatItem({ pack, caveat, lang }: { pack: Pack; caveat: Caveat; lang: Lang }) {
  return (
    <li class={`caveat severity-${caveat.severity}`}>
      <p class="claim">
        <span class="badge">{i18n.t(`card.severity.${caveat.severity}`)}</span> {pick(caveat.verdictLabel, lang)}
      </p>
      <p class="quoted">“{caveat.claim}”</p>
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
