import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { loadSettings, type Settings, settingsItem } from '../../settings/settings';

/** Settings that apply at once to every open tab. */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return settingsItem.watch((next) => setSettings((prev) => (prev ? { ...prev, ...next } : next)));
  }, []);
  if (!settings) return null;
  const update = (patch: Partial<Settings>) => void settingsItem.setValue({ ...settings, ...patch });
  return (
    <main>
      <h1>{i18n.t('options.title')}</h1>
      <label>
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(event) => update({ enabled: event.currentTarget.checked })}
        />{' '}
        {i18n.t('options.enabled')}
      </label>
    </main>
  );
}
