import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { defaultPack } from '../../pack/default';
import type { Lang, Pack } from '../../pack/types';
import { importPackFile, removePack } from '../../settings/packs';
import { storageProblemText } from '../components/sites-problem';
import { pick } from '../lang';
import { packErrorText } from './options-model';

type Outcome = { kind: 'done' | 'error'; text: string } | null;

function PackRow({ pack, lang, onRemove }: { pack: Pack; lang: Lang; onRemove?: () => void }) {
  const name = pick(pack.name, lang);
  return (
    <li>
      <div>
        <span class="pack-name">{name}</span>
        <span class="note">
          {' '}
          {i18n.t('options.packCounts', [String(pack.quotes.length), String(pack.caveats.length)])}
        </span>
      </div>
      {onRemove ? (
        <button type="button" class="action" aria-label={i18n.t('options.removePack', [name])} onClick={onRemove}>
          {i18n.t('options.remove')}
        </button>
      ) : (
        <span class="note">{i18n.t('options.builtIn')}</span>
      )}
    </li>
  );
}

/** The packs Borderline reads: the one it ships with, and those the reader imported. */
export function PacksEditor({ packs, lang }: { packs: Pack[]; lang: Lang }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const result = await importPackFile(await file.text());
      if (result.ok) {
        const name = pick(result.pack.name, lang);
        setOutcome({
          kind: 'done',
          text: i18n.t(result.replaced ? 'options.packReplaced' : 'options.packImported', [name]),
        });
      } else {
        const reason = packErrorText(result, lang) ?? i18n.t('options.packIsDefault');
        setOutcome({ kind: 'error', text: i18n.t('options.packRefused', [reason]) });
      }
    } catch {
      setOutcome({ kind: 'error', text: i18n.t('options.packRefused', [i18n.t('options.packNotStored')]) });
    } finally {
      // The same file may be chosen again after it is fixed.
      input.value = '';
    }
  };
  return (
    <section aria-labelledby="packs-heading">
      <h2 id="packs-heading">{i18n.t('options.packs')}</h2>
      <ul class="packs">
        <PackRow pack={defaultPack} lang={lang} />
        {packs.map((pack) => (
          <PackRow
            key={pack.id}
            pack={pack}
            lang={lang}
            onRemove={() =>
              void removePack(pack.id).catch((error: unknown) =>
                setOutcome({ kind: 'error', text: storageProblemText(error) }),
              )
            }
          />
        ))}
      </ul>
      <label for="pack-file">{i18n.t('options.importPack')}</label>
      <input
        id="pack-file"
        type="file"
        accept=".json,application/json,application/ld+json"
        aria-describedby="pack-hint"
        onChange={(event) => void importFile(event.currentTarget)}
      />
      <p id="pack-hint" class="note">
        {i18n.t('options.importHint')}
      </p>
      {/* The format's doc ships inside the extension, so it reads with no network. */}
      <p class="note">
        <a href="/pack-format.html" target="_blank" rel="noopener">
          {i18n.t('options.packFormat')}
        </a>
      </p>
      <div aria-live="polite">
        {outcome && <p class={`pack-outcome ${outcome.kind === 'error' ? 'error' : ''}`}>{outcome.text}</p>}
      </div>
    </section>
  );
}
