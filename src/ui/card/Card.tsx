import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import type { Credit } from '../../detect/runtime/credit';
import type { Caveat, Lang, Pack, Quote, TopicId } from '../../pack/types';
import { CaveatItem, CaveatList, QuoteFacts, QuoteList, SourceNamed } from '../components/pack-items';
import { trusted } from '../components/trusted';
import { pick } from '../lang';
import { caveatsForTopic, isSourceQuote, personById, personName, quotesForTopic, topicById } from '../pack-view';

export interface CardMention {
  /** null for checked words that are neither a quote nor about any topic. */
  topic: TopicId | null;
  text: string;
  /** Set where the words on the page are one of the pack's quotes, with whom the page credits. */
  quote?: { id: string; attributedTo: string | null; misattributed: boolean; credit?: Credit | null };
  /** Set where the words on the page make one of the pack's checked claims (a caveat id). */
  claim?: { id: string };
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
  /** More of the reader's controls, at the end of the footer. */
  children?: ComponentChildren;
}

const MORE_QUOTES = 3;
const MORE_CAVEATS = 3;

/**
 * Whom the page credits, judged: the speaker or a body the speaker spoke for is right; another
 * voice of that body (a spokeswoman's statement given to the President) or anyone else is not.
 */
function CreditLine({ pack, mention, quote, lang }: { pack: Pack; mention: CardMention; quote: Quote; lang: Lang }) {
  const credited = mention.quote?.attributedTo;
  const credit = mention.quote?.credit;
  if (!credited) return null;
  const name = (id: string) => personName(pack, id, lang);
  const speaker = name(quote.speaker);
  if (credit?.to === 'colleague') {
    const role = personById(pack, quote.speaker)?.role;
    return (
      <p class="warning" role="alert">
        {i18n.t('card.credit.colleague', [speaker, role ? pick(role, lang) : '', name(credit.body), name(credited)])}
      </p>
    );
  }
  if (mention.quote?.misattributed) {
    return (
      <p class="warning" role="alert">
        {i18n.t('card.misattributed', [name(credited), speaker])}
      </p>
    );
  }
  if (credit?.to === 'body') return <p class="credit">{i18n.t('card.credit.body', [name(credited), speaker])}</p>;
  if (credit?.to === 'speaker') return <p class="credit">{i18n.t('card.credit.speaker', [speaker])}</p>;
  return null;
}

/** The answer for the words themselves: who said this quote and whether the page credits them. */
function QuoteLead({ pack, mention, quote, lang }: { pack: Pack; mention: CardMention; quote: Quote; lang: Lang }) {
  return (
    <div class="lead quote-lead">
      {mention.checked && !mention.quote?.misattributed && (
        <p class="verdict" role="status">
          {i18n.t(isSourceQuote(quote) ? 'card.check.sourceQuote' : 'card.check.knownQuote', [
            personName(pack, quote.speaker, lang),
          ])}
        </p>
      )}
      <CreditLine pack={pack} mention={mention} quote={quote} lang={lang} />
      <QuoteFacts pack={pack} quote={quote} lang={lang} />
    </div>
  );
}

/** The answer for a sentence that makes a checked claim: the check itself, named as the source's. */
function ClaimLead({ pack, caveat, lang }: { pack: Pack; caveat: Caveat; lang: Lang }) {
  return (
    <div class="lead claim-lead">
      <p class="kind">{i18n.t('card.claimChecked')}</p>
      <ul class="caveats">
        <CaveatItem pack={pack} caveat={caveat} lang={lang} />
      </ul>
      <SourceNamed pack={pack} lang={lang} />
    </div>
  );
}

/** The topic's other quotes and the source's checks on it, one step away from the lead. */
function More({
  pack,
  topic,
  lang,
  except,
}: {
  pack: Pack;
  topic: TopicId;
  lang: Lang;
  except: { quote?: Quote; caveat?: Caveat };
}) {
  const quotes = quotesForTopic(pack, topic)
    .filter((quote) => quote !== except.quote)
    .slice(0, MORE_QUOTES);
  const caveats = caveatsForTopic(pack, topic)
    .filter((caveat) => caveat !== except.caveat)
    .slice(0, MORE_CAVEATS);
  const name = topicById(pack, topic);
  if (quotes.length === 0 && caveats.length === 0) return null;
  return (
    <details class="more">
      <summary>{i18n.t('card.more', [name ? pick(name.name, lang) : topic])}</summary>
      {name && <p class="topic-about">{pick(name.description, lang)}</p>}
      {quotes.length > 0 && (
        <>
          <h3>{i18n.t('card.quotes')}</h3>
          <QuoteList pack={pack} quotes={quotes} lang={lang} />
        </>
      )}
      {caveats.length > 0 && (
        <>
          <h3>{i18n.t('card.caveats')}</h3>
          <SourceNamed pack={pack} lang={lang} />
          <CaveatList pack={pack} caveats={caveats} lang={lang} />
        </>
      )}
    </details>
  );
}

/**
 * What a reader sees on hovering painted words: first the answer about those very words (the
 * claim's check, or the quote's real speaker), then, one step away, more on their topic.
 */
export function Card({ pack, mention, lang, onClose, onTurnOffSite, onOpenSource, children }: CardProps) {
  const topic = mention.topic ? topicById(pack, mention.topic) : undefined;
  const quote = mention.quote && pack.quotes.find((q) => q.id === mention.quote?.id);
  const caveat = mention.claim && pack.caveats.find((c) => c.id === mention.claim?.id);
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
      {/* A claim's words are its whole sentence, marked on the page: the card goes straight to its check. */}
      {!caveat && (
        <p class="matched">
          <span class="label">{i18n.t('card.matched')}:</span> “{mention.text}”
        </p>
      )}
      {caveat && <ClaimLead pack={pack} caveat={caveat} lang={lang} />}
      {quote && <QuoteLead pack={pack} mention={mention} quote={quote} lang={lang} />}
      {!caveat && !quote && mention.checked && (
        <p class="verdict" role="status">
          {i18n.t('card.check.notAQuote')}
        </p>
      )}
      {!caveat && !quote && topic && <p class="lead topic-about">{pick(topic.description, lang)}</p>}
      {mention.topic && (
        <More pack={pack} topic={mention.topic} lang={lang} except={{ quote, caveat: caveat ?? undefined }} />
      )}
      <footer>
        <button type="button" onClick={trusted(onOpenSource)}>
          {i18n.t('card.openSource')}
        </button>
        <button type="button" onClick={trusted(onTurnOffSite)}>
          {i18n.t('card.turnOffSite')}
        </button>
        {children}
      </footer>
    </section>
  );
}
