import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { PageSummary } from '../../messaging/protocol';
import type { Lang, Pack, TopicId } from '../../pack/types';
import type { Settings } from '../../settings/settings';
import { isPageEnabled, isSiteEnabled } from '../../settings/settings';
import { CaveatList, QuoteList, SourceNamed } from '../components/pack-items';
import { pick } from '../lang';
import { personName, topicById } from '../pack-view';
import {
  caveatsBySeverity,
  contextQuotesFor,
  mentionsByTopic,
  pageHostname,
  sourceQuotesFor,
  type TopicFilter,
  topicsWithItems,
} from './popup-model';

export interface PopupProps {
  pack: Pack;
  lang: Lang;
  /** null while loading; 'unavailable' where no content script answers (browser pages, stores). */
  summary: PageSummary | 'unavailable' | null;
  /** Mentions in frames embedded in the page (the badge counts them too). */
  framesCount: number;
  settings: Settings;
  onReveal: (index: number) => void;
  onSiteChange: (hostname: string, enabled: boolean) => void;
  /** Why the last switch was not kept (storage refused it), in the reader's words. */
  switchProblem?: string | null;
  /** Whether the highlights are hidden in this tab until it reloads; null where the page cannot say. */
  hiddenInTab?: boolean | null;
  onHideInTab?: (hidden: boolean) => void;
  onEverywhereChange: (enabled: boolean) => void;
  onOpenOptions: () => void;
  onOpenSource: () => void;
}

/** Every topic's list is open up to this many mentions; beyond, only the most mentioned one. */
const OPEN_GROUPS_UP_TO = 20;

function topicName(pack: Pack, topic: TopicId, lang: Lang): string {
  const found = topicById(pack, topic);
  return found ? pick(found.name, lang) : topic;
}

/** Whether Borderline works on the page, by the settings as they are now (the page may lag behind). */
function enabledOn(summary: PageSummary, settings: Settings): boolean {
  const hostname = pageHostname(summary.url);
  return hostname ? isPageEnabled(settings, new URL(summary.url)) : summary.enabled && settings.enabled;
}

function Status({
  summary,
  framesCount,
  settings,
}: Pick<PopupProps, 'framesCount' | 'settings'> & { summary: PageSummary | 'unavailable' }) {
  if (summary === 'unavailable') return <p class="status">{i18n.t('popup.unavailable')}</p>;
  if (!settings.enabled) return <p class="status">{i18n.t('popup.disabledEverywhere')}</p>;
  if (!enabledOn(summary, settings)) return <p class="status">{i18n.t('popup.disabledHere')}</p>;
  const inFrames = framesCount > 0 && (
    <p class="note in-frames">{i18n.t('popup.inFrames', framesCount, [String(framesCount)])}</p>
  );
  if (summary.mentionCount === 0) {
    return (
      <>
        <p class="status">{i18n.t('popup.noMentions')}</p>
        {inFrames}
      </>
    );
  }
  return (
    <>
      <p class="status count" data-count={summary.mentionCount}>
        {i18n.t('popup.mentions', summary.mentionCount, [String(summary.mentionCount)])}
      </p>
      {summary.paintedCount < summary.mentionCount && (
        <p class="note partly-painted">
          {i18n.t('popup.partlyPainted', summary.paintedCount, [String(summary.paintedCount)])}
        </p>
      )}
      {inFrames}
    </>
  );
}

/** What the reader can act on here first: the page's checked claims and known quotes, each a way to it. */
function PageChecks({
  pack,
  lang,
  summary,
  onReveal,
}: Pick<PopupProps, 'pack' | 'lang' | 'onReveal'> & { summary: PageSummary }) {
  const claims = summary.mentions.filter((mention) => mention.claim);
  const quotes = summary.mentions.filter((mention) => mention.quote && !mention.claim);
  if (claims.length === 0 && quotes.length === 0) return null;
  return (
    <div class="page-checks">
      {claims.length > 0 && (
        <>
          <h3>{i18n.t('popup.claimsHere')}</h3>
          <ol class="checks">
            {claims.map((mention) => {
              const caveat = pack.caveats.find((c) => c.id === mention.claim);
              return (
                <li key={mention.index} class={`check verdict-${caveat?.verdict ?? 'unknown'}`}>
                  <button type="button" onClick={() => onReveal(mention.index)}>
                    <span class="check-label">{caveat ? pick(caveat.verdictLabel, lang) : mention.claim}</span>{' '}
                    <span class="check-words">{mention.text}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        </>
      )}
      {quotes.length > 0 && (
        <>
          <h3>{i18n.t('popup.quotesHere')}</h3>
          <ol class="checks">
            {quotes.map((mention) => {
              const quote = pack.quotes.find((q) => q.id === mention.quote);
              return (
                <li key={mention.index} class="check">
                  <button type="button" onClick={() => onReveal(mention.index)}>
                    <span class="check-label">{quote ? personName(pack, quote.speaker, lang) : mention.quote}</span>
                    {mention.misattributed && <span class="check-warning"> · {i18n.t('popup.misattributedHere')}</span>}{' '}
                    <span class="check-words">“{mention.text}”</span>
                  </button>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}

function PageMentions({
  pack,
  lang,
  summary,
  onReveal,
}: Pick<PopupProps, 'pack' | 'lang' | 'onReveal'> & { summary: PageSummary }) {
  const groups = mentionsByTopic(summary);
  if (groups.length === 0) return null;
  const open = summary.mentions.length <= OPEN_GROUPS_UP_TO;
  return (
    <div class="topic-groups">
      {groups.map((group, i) => (
        <details key={group.topic} class="topic-group" open={open || i === 0}>
          <summary>
            <span class={`dot topic-${group.topic}`} aria-hidden="true" />
            <span class="topic-name">{topicName(pack, group.topic, lang)}</span>
            <span class="topic-count" aria-hidden="true">
              {group.count}
            </span>
            <span class="visually-hidden">{i18n.t('popup.topicCount', group.count, [String(group.count)])}</span>
          </summary>
          <ol class="mentions">
            {group.mentions.map((mention) => (
              <li key={mention.index}>
                <button type="button" onClick={() => onReveal(mention.index)}>
                  {mention.text}
                </button>
              </li>
            ))}
          </ol>
        </details>
      ))}
    </div>
  );
}

function Switches({
  summary,
  settings,
  onSiteChange,
  onEverywhereChange,
  switchProblem,
  hiddenInTab,
  onHideInTab,
}: Pick<
  PopupProps,
  'summary' | 'settings' | 'onSiteChange' | 'onEverywhereChange' | 'switchProblem' | 'hiddenInTab' | 'onHideInTab'
>) {
  const hostname = summary && summary !== 'unavailable' ? pageHostname(summary.url) : null;
  return (
    <fieldset class="switches">
      <legend>{i18n.t('popup.switches')}</legend>
      {hostname && (
        <label>
          <input
            type="checkbox"
            name="site"
            checked={isSiteEnabled({ ...settings, enabled: true }, hostname)}
            disabled={!settings.enabled}
            onChange={(event) => onSiteChange(hostname, event.currentTarget.checked)}
          />
          {i18n.t('popup.siteSwitch', [hostname])}
        </label>
      )}
      <label>
        <input
          type="checkbox"
          name="everywhere"
          checked={settings.enabled}
          onChange={(event) => onEverywhereChange(event.currentTarget.checked)}
        />
        {i18n.t('popup.everywhereSwitch')}
      </label>
      {hiddenInTab != null && onHideInTab && (
        <label>
          <input
            type="checkbox"
            name="hide-in-tab"
            checked={hiddenInTab}
            onChange={(event) => onHideInTab(event.currentTarget.checked)}
          />
          {i18n.t('controls.hideInTab')}
        </label>
      )}
      {switchProblem && (
        <p class="error switch-problem" role="alert">
          {switchProblem}
        </p>
      )}
    </fieldset>
  );
}

function TopicFilterSelect({
  pack,
  lang,
  filter,
  onChange,
}: Pick<PopupProps, 'pack' | 'lang'> & { filter: TopicFilter; onChange: (filter: TopicFilter) => void }) {
  return (
    <label class="filter">
      {i18n.t('popup.topicFilter')}{' '}
      <select value={filter} onChange={(event) => onChange(event.currentTarget.value as TopicFilter)}>
        <option value="all">{i18n.t('popup.allTopics')}</option>
        {topicsWithItems(pack).map((topic) => (
          <option key={topic} value={topic}>
            {topicName(pack, topic, lang)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** What the main figures said on the dispute: context, not the source's. */
function OtherQuotes({ pack, lang, filter }: Pick<PopupProps, 'pack' | 'lang'> & { filter: TopicFilter }) {
  const quotes = contextQuotesFor(pack, filter);
  if (quotes.length === 0) return null;
  return (
    <section class="other-quotes" aria-labelledby="other-quotes-heading">
      <h2 id="other-quotes-heading">{i18n.t('popup.otherQuotes')}</h2>
      <QuoteList pack={pack} quotes={quotes} lang={lang} withReferences />
    </section>
  );
}

/** The source article's own quotes and checked claims, named as the source's. */
function FromTheSource({ pack, lang, filter }: Pick<PopupProps, 'pack' | 'lang'> & { filter: TopicFilter }) {
  const groups = caveatsBySeverity(pack, filter);
  const quotes = sourceQuotesFor(pack, filter);
  return (
    <section class="from-source" aria-labelledby="from-source-heading">
      <h2 id="from-source-heading">{i18n.t('popup.fromSource')}</h2>
      <SourceNamed pack={pack} lang={lang} />
      {groups.length > 0 && (
        <>
          <h3>{i18n.t('card.caveats')}</h3>
          {groups.map((group) => (
            <Fragment key={group.severity}>
              <h4 class={`severity-heading severity-${group.severity}`}>{i18n.t(`card.severity.${group.severity}`)}</h4>
              <CaveatList pack={pack} caveats={group.caveats} lang={lang} />
            </Fragment>
          ))}
        </>
      )}
      {quotes.length > 0 && (
        <>
          <h3>{i18n.t('popup.sourceQuotes')}</h3>
          <QuoteList pack={pack} quotes={quotes} lang={lang} withReferences />
        </>
      )}
    </section>
  );
}

/** The pack's quotes and the source's checks, narrowed to one topic at the reader's choice. */
function PackContent({ pack, lang }: Pick<PopupProps, 'pack' | 'lang'>) {
  const [filter, setFilter] = useState<TopicFilter>('all');
  return (
    <>
      <TopicFilterSelect pack={pack} lang={lang} filter={filter} onChange={setFilter} />
      <OtherQuotes pack={pack} lang={lang} filter={filter} />
      <FromTheSource pack={pack} lang={lang} filter={filter} />
    </>
  );
}

/** The toolbar popup: what this page holds, where Borderline works, and the source's checks. */
export function Popup(props: PopupProps) {
  const { pack, lang, summary, framesCount, settings, onReveal, onOpenOptions, onOpenSource } = props;
  const showMentions = summary && summary !== 'unavailable' && enabledOn(summary, settings);
  const follow = (open: () => void) => (event: Event) => {
    event.preventDefault();
    open();
  };
  return (
    <main class="popup">
      <header>
        <h1>{i18n.t('popup.title')}</h1>
        <nav>
          <a href="/options.html" onClick={follow(onOpenOptions)}>
            {i18n.t('popup.settings')}
          </a>
          <a href="/source.html" onClick={follow(onOpenSource)}>
            {i18n.t('card.openSource')}
          </a>
        </nav>
      </header>
      <section class="on-page" aria-labelledby="on-page-heading">
        <h2 id="on-page-heading" class="visually-hidden">
          {i18n.t('popup.onThisPage')}
        </h2>
        {summary === null ? null : <Status summary={summary} framesCount={framesCount} settings={settings} />}
        {showMentions && <PageChecks pack={pack} lang={lang} summary={summary} onReveal={onReveal} />}
        {showMentions && <PageMentions pack={pack} lang={lang} summary={summary} onReveal={onReveal} />}
      </section>
      <Switches {...props} />
      <PackContent pack={pack} lang={lang} />
    </main>
  );
}
