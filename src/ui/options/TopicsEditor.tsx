import { i18n } from '#i18n';
import { defaultPack } from '../../pack/default';
import { type Lang, TOPIC_IDS, type TopicId } from '../../pack/types';
import { isTopicShown, type Settings } from '../../settings/settings';
import { pick } from '../lang';
import { topicById } from '../pack-view';

/** One switch a topic: a topic switched off is not highlighted on any page. */
export function TopicsEditor({
  settings,
  lang,
  onChange,
}: {
  settings: Settings;
  lang: Lang;
  onChange: (hiddenTopics: TopicId[]) => void;
}) {
  return (
    <fieldset>
      <legend>{i18n.t('controls.topicsHint')}</legend>
      {TOPIC_IDS.map((topic) => {
        const found = topicById(defaultPack, topic);
        return (
          <label key={topic} class="choice">
            <input
              type="checkbox"
              name="topic"
              value={topic}
              checked={isTopicShown(settings, topic)}
              onChange={(event) =>
                onChange(
                  TOPIC_IDS.filter((other) =>
                    other === topic ? !event.currentTarget.checked : !isTopicShown(settings, other),
                  ),
                )
              }
            />
            {found ? pick(found.name, lang) : topic}
          </label>
        );
      })}
    </fieldset>
  );
}
