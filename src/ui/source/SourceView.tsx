import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Lang, Pack } from '../../pack/types';
import { CaveatItem, CaveatList, QuoteItem } from '../components/pack-items';
import { pick } from '../lang';
import { paragraphsOf, type Segment, type SourceMark, segmentSource, strongestSeverity } from './segments';

export interface SourceViewProps {
  pack: Pack;
  lang: Lang;
  /** Caveat or quote id to select on arrival (from a card's link). */
  initial?: string;
}

function markId(mark: SourceMark): string {
  return mark.item.id;
}

/**
 * Marked words, flowing inline with the article's text (a button cannot: it would stand as a box
 * of its own), operated as a button by pointer and keyboard alike.
 */
function Mark({
  segment,
  selected,
  onSelect,
}: {
  segment: Segment;
  selected: SourceMark[];
  onSelect: (marks: SourceMark[]) => void;
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a <button> lays out as a box of its own and cannot wrap with the text.
    <span
      role="button"
      tabIndex={0}
      class={`mark severity-${strongestSeverity(segment.marks)}`}
      aria-pressed={segment.marks.every((mark) => selected.includes(mark))}
      data-marks={segment.marks.map(markId).join(' ')}
      onClick={() => onSelect(segment.marks)}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        onSelect(segment.marks);
      }}
    >
      {segment.text}
    </span>
  );
}

function Details({ pack, lang, marks }: { pack: Pack; lang: Lang; marks: SourceMark[] }) {
  if (marks.length === 0) return <p class="hint">{i18n.t('source.hint')}</p>;
  return (
    <ul class="details">
      {marks.map((mark) =>
        mark.kind === 'caveat' ? (
          <CaveatItem key={mark.item.id} pack={pack} caveat={mark.item} lang={lang} />
        ) : (
          <QuoteItem key={mark.item.id} pack={pack} lang={lang} quote={mark.item} withReferences />
        ),
      )}
    </ul>
  );
}

/** The whole source article, its faulty words marked by severity and its quotes marked. */
export function SourceView({ pack, lang, initial }: SourceViewProps) {
  const segments = useMemo(() => segmentSource(pack), [pack]);
  const paragraphs = useMemo(() => paragraphsOf(segments), [segments]);
  const [selected, setSelected] = useState<SourceMark[]>(() => {
    const mark = segments.flatMap((segment) => segment.marks).find((m) => markId(m) === initial);
    return mark ? [mark] : [];
  });
  const aside = useRef<HTMLElement>(null);
  const select = (marks: SourceMark[]) => {
    setSelected(marks);
    aside.current?.scrollTo({ top: 0 });
  };
  // Arriving from a card: the words it speaks of are brought into view.
  useEffect(() => {
    if (initial)
      document.querySelector(`.mark[data-marks~="${CSS.escape(initial)}"]`)?.scrollIntoView({ block: 'center' });
  }, [initial]);
  return (
    <div class="source-view">
      <header>
        <h1>{pick(pack.source.title, lang)}</h1>
        <p class="origin">{pack.source.description ? pick(pack.source.description, lang) : pack.source.origin}</p>
        <p class="legend">
          <span class="mark severity-high">{i18n.t('card.severity.high')}</span>{' '}
          <span class="mark severity-medium">{i18n.t('card.severity.medium')}</span>{' '}
          <span class="mark severity-low">{i18n.t('card.severity.low')}</span>{' '}
          <span class="mark severity-none">{i18n.t('card.severity.none')}</span>{' '}
          <span class="mark severity-quote">{i18n.t('source.quote')}</span>
        </p>
      </header>
      <div class="columns">
        <article lang={pack.source.lang}>
          {paragraphs.map((paragraph) => (
            <p key={paragraph[0]!.start}>
              {paragraph.map((segment) =>
                segment.marks.length === 0 ? (
                  segment.text
                ) : (
                  <Mark key={segment.start} segment={segment} selected={selected} onSelect={select} />
                ),
              )}
            </p>
          ))}
        </article>
        <aside aria-live="polite" ref={aside}>
          <Details pack={pack} lang={lang} marks={selected} />
        </aside>
      </div>
      <section class="all-caveats">
        <h2>{i18n.t('source.allCaveats', [String(pack.caveats.length)])}</h2>
        <CaveatList pack={pack} caveats={pack.caveats} lang={lang} />
      </section>
    </div>
  );
}
