import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Lang, Pack } from '../../pack/types';
import { packsItem } from '../../settings/packs';
import {
  HIGHLIGHT_STYLES,
  HOVER_DELAY,
  loadSettings,
  resetSettings,
  SENSITIVITIES,
  type Settings,
  type StoredSettings,
  updateSettings,
  watchSettings,
} from '../../settings/settings';
import { sitesProblemText, storageProblemText } from '../components/sites-problem';
import { DismissalsEditor } from './DismissalsEditor';
import { NoticeSitesEditor } from './NoticeSitesEditor';
import { PacksEditor } from './PacksEditor';
import { SitesEditor } from './SitesEditor';
import { TopicsEditor } from './TopicsEditor';

function Toggle({
  name,
  checked,
  label,
  onChange,
}: {
  name: string;
  checked: boolean;
  label: string;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label class="choice">
      <input
        type="checkbox"
        name={name}
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      {label}
    </label>
  );
}

function Choice<T extends string>({
  name,
  legend,
  options,
  value,
  label,
  onChange,
}: {
  name: string;
  legend: string;
  options: readonly T[];
  value: T;
  label: (option: T) => ComponentChildren;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} class="choice">
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
}

function HoverDelay({ value, onChange }: { value: number; onChange: (ms: number) => void }) {
  // Shown while dragging; stored once let go (synced storage limits how often it is written).
  const [shown, setShown] = useState(value);
  useEffect(() => setShown(value), [value]);
  return (
    <div class="delay">
      <label for="hover-delay">{i18n.t('options.hoverDelay')}</label>
      <div class="row">
        <input
          id="hover-delay"
          type="range"
          min={HOVER_DELAY.min}
          max={HOVER_DELAY.max}
          step={HOVER_DELAY.step}
          value={shown}
          aria-valuetext={i18n.t('options.milliseconds', [String(shown)])}
          onInput={(event) => setShown(Number(event.currentTarget.value))}
          onChange={(event) => onChange(Number(event.currentTarget.value))}
        />
        <output for="hover-delay">{i18n.t('options.milliseconds', [String(shown)])}</output>
      </div>
    </div>
  );
}

/** Settings apply at once to every open tab; packs apply to pages opened or reloaded after. */
export function Options({ lang }: { lang: Lang }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [packs, setPacks] = useState<Pack[]>([]);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    void packsItem.getValue().then(setPacks);
    const unwatchSettings = watchSettings(setSettings);
    const unwatchPacks = packsItem.watch(setPacks);
    return () => {
      unwatchSettings();
      unwatchPacks();
    };
  }, []);
  if (!settings) return null;
  const update = (patch: Partial<StoredSettings>) => {
    setStatus('');
    setProblem(null);
    // Refused (synced storage allows so many writes a minute), the page shows the stored value again.
    updateSettings(patch).catch((error: unknown) => {
      setProblem(storageProblemText(error));
      void loadSettings().then(setSettings);
    });
  };
  return (
    <main class="options">
      <h1>{i18n.t('options.title')}</h1>
      <p class="note">{i18n.t('options.appliesLive')}</p>
      {problem && (
        <p class="error settings-problem" role="alert">
          {problem}
        </p>
      )}

      <section aria-labelledby="general-heading">
        <h2 id="general-heading">{i18n.t('options.general')}</h2>
        <Toggle
          name="enabled"
          checked={settings.enabled}
          label={i18n.t('options.enabled')}
          onChange={(enabled) => update({ enabled })}
        />
        <Toggle
          name="showNotice"
          checked={settings.showNotice}
          label={i18n.t('options.showNotice')}
          onChange={(showNotice) => update({ showNotice })}
        />
      </section>

      <section aria-labelledby="highlights-heading">
        <h2 id="highlights-heading">{i18n.t('options.highlights')}</h2>
        <Choice
          name="highlightStyle"
          legend={i18n.t('options.style')}
          options={HIGHLIGHT_STYLES}
          value={settings.highlightStyle}
          label={(style) => <span class={`sample sample-${style}`}>{i18n.t(`options.styles.${style}`)}</span>}
          onChange={(highlightStyle) => update({ highlightStyle })}
        />
        <Choice
          name="sensitivity"
          legend={i18n.t('options.sensitivity')}
          options={SENSITIVITIES}
          value={settings.sensitivity}
          label={(sensitivity) => i18n.t(`options.sensitivities.${sensitivity}`)}
          onChange={(sensitivity) => update({ sensitivity })}
        />
        <HoverDelay value={settings.hoverDelayMs} onChange={(hoverDelayMs) => update({ hoverDelayMs })} />
      </section>

      <section aria-labelledby="topics-heading">
        <h2 id="topics-heading">{i18n.t('controls.topics')}</h2>
        <TopicsEditor settings={settings} lang={lang} onChange={(hiddenTopics) => update({ hiddenTopics })} />
      </section>

      <SitesEditor sites={settings.disabledSites} />

      <NoticeSitesEditor />

      <DismissalsEditor />

      <PacksEditor packs={packs} lang={lang} />

      <section aria-labelledby="reset-heading">
        <h2 id="reset-heading">{i18n.t('options.resetHeading')}</h2>
        <p class="note">{i18n.t('options.resetHint')}</p>
        <button
          type="button"
          class="action"
          onClick={() =>
            void resetSettings().then((outcome) => setStatus(sitesProblemText(outcome) ?? i18n.t('options.resetDone')))
          }
        >
          {i18n.t('options.reset')}
        </button>
        <p class="reset-status" aria-live="polite">
          {status}
        </p>
      </section>
    </main>
  );
}
