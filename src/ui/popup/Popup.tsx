import { i18n } from '#i18n';
import type { PageSummary } from '../../messaging/protocol';
import type { Lang, Pack } from '../../pack/types';
import { pick } from '../lang';
import { topicById } from '../pack-view';

export interface PopupProps {
  pack: Pack;
  lang: Lang;
  /** null while loading; 'unavailable' where no content script answers (browser pages, stores). */
  summary: PageSummary | 'unavailable' | null;
  onReveal: (index: number) => void;
}

function Status({ summary }: { summary: PageSummary | 'unavailable' }) {
  if (summary === 'unavailable') return <p class="status">{i18n.t('popup.unavailable')}</p>;
  if (!summary.enabled) return <p class="status">{i18n.t('popup.disabledHere')}</p>;
  if (summary.mentionCount === 0) return <p class="status">{i18n.t('popup.noMentions')}</p>;
  return (
    <p class="status count" data-count={summary.mentionCount}>
      {i18n.t('popup.mentions', summary.mentionCount, [String(summary.mentionCount)])}
    </p>
  );
}

export function Popup({ pack, lang, summary, onReveal }: PopupProps) {
  return (
    <main>
      <h1>{i18n.t('popup.title')}</h1>
      {summary === null ? null : <Status summary={summary} />}
      {summary && summary !== 'unavailable' && summary.mentions.length > 0 && (
        <ol class="mentions">
          {summary.mentions.map((mention) => {
            const topic = topicById(pack, mention.topic);
            return (
              <li key={mention.index}>
                <button type="button" onClick={() => onReveal(mention.index)}>
                  <span class={`dot topic-${mention.topic}`} aria-hidden="true" />
                  <span class="text">{mention.text}</span>
                  <span class="topic">{topic ? pick(topic.name, lang) : mention.topic}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </main>
  );
}
