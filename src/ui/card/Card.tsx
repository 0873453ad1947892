import { i18n } from '#i18n';
import type { Lang, Pack, TopicId } from '../../pack/types';
import { CaveatList, QuoteList, SourceNamed } from '../components/pack-items';
import { trusted } from '../components/trusted';
import { pick } from '../lang';
import { caveatsForTopic, isSourceQuote, personName, quotesForTopic, topicById } from '../pack-view';

export interface CardMention {
  /** null for checked words that are neither a quote nor about any topic. */
  topic: TopicId | null;
  text: string;
  /** Set where the words on the page are one of the pack's quotes. */
  quote?: { id: string; attributedTo: string | null; misattributed: boolean };
  /** The reader asked to check these words ("Check this quote"): the card says what they are. */
  checked?: boolean;
}

export interface CardProps {
  pack: Pack;
  mention: CardMention;
  lang: Lang;
  onClose: () => void;
  onTurnOffSite: () => void;
  onOpenSource: () => void;
}

const MAX_QUOTES = 3;
const MAX_CAVEATS = 3;

/** What a reader sees on hovering a mention: the source's quotes and caveats for its topic. */
export function Card({ pack, mention, lang, onClose, onTurnOffSite, onOpenSource }: CardProps) {
  const topic = mention.topic ? topicById(pack, mention.topic) : undefined;
  const matchedQuote = mention.quote && pack.quotes.find((quote) => quote.id === mention.quote?.id);
  const topicQuotes = mention.topic ? quotesForTopic(pack, mention.topic) : [];
  const quotes = topicQuotes.filter((quote) => quote !== matchedQuote);
  const shownQuotes = matchedQuote ? [matchedQuote, ...quotes].slice(0, MAX_QUOTES) : quotes.slice(0, MAX_QUOTES);
  const caveats = mention.topic ? caveatsForTopic(pack, mention.topic).slice(0, MAX_CAVEATS) : [];
  const misattribution = mention.quote?.misattributed && matchedQuote ? mention.quote : null;
  return (
    <section class="card" role="dialog" tabIndex={-1} aria-label={i18n.t('card.label', [mention.text])}>
      <header>
        <span class={`topic topic-${mention.topic ?? 'none'}`}>
          {topic ? pick(topic.name, lang) : (mention.topic ?? i18n.t('extName'))}
        </span>
        <button type="button" class="close" onClick={trusted(onClose)} aria-label={i18n.t('card.close')}>
          ×
        </button>
      </header>
      <p class="matched">
        <span class="label">{i18n.t('card.matched')}:</span> “{mention.text}”
      </p>
      {mention.checked && !misattribution && (
        <p class="verdict" role="status">
          {matchedQuote
            ? i18n.t(isSourceQuote(matchedQuote) ? 'card.check.sourceQuote' : 'card.check.knownQuote', [
                personName(pack, matchedQuote.speaker, lang),
              ])
            : i18n.t('card.check.notAQuote')}
        </p>
      )}
      {misattribution && matchedQuote && (
        <p class="warning" role="alert">
          {i18n.t('card.misattributed', [
            misattribution.attributedTo ? personName(pack, misattribution.attributedTo, lang) : '?',
            personName(pack, matchedQuote.speaker, lang),
          ])}
        </p>
      )}
      {shownQuotes.length > 0 && (
        <>
          <h3>{i18n.t('card.quotes')}</h3>
          <QuoteList pack={pack} quotes={shownQuotes} lang={lang} />
        </>
      )}
      {caveats.length > 0 && (
        <>
          <h3>{i18n.t('card.caveats')}</h3>
          <SourceNamed pack={pack} lang={lang} />
          <CaveatList pack={pack} caveats={caveats} lang={lang} />
        </>
      )}
      <footer>
        <button type="button" onClick={trusted(onOpenSource)}>
          {i18n.t('card.openSource')}
        </button>
        <button type="button" onClick={trusted(onTurnOffSite)}>
          {i18n.t('card.turnOffSite')}
        </button>
      </footer>
    </section>
  );
}
