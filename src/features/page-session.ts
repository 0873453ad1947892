import type { Detector } from '../detect';
import { createPainter } from '../highlight/create-painter';
import { adoptHighlightStyles } from '../highlight/highlight-styles';
import { RangeIndex } from '../highlight/hit-test';
import type { PageSummary } from '../messaging/protocol';
import { needsRescan } from '../page/changes';
import { DetectionCache, EMPTY_SCAN, type PageMention, type PageScan, type QuoteTopic, scanRoot } from '../page/scan';
import { type Watch, watchPage } from '../page/watch';
import type { Settings } from '../settings/settings';

/** Beyond this many highlights painting slows pages down and stops helping the reader. */
export const MAX_PAINTED = 500;

export interface PageSessionOptions {
  /** Built on first use: a page where Borderline is off never compiles the lexicon. */
  detector: () => Detector;
  quoteTopic: QuoteTopic;
  /** Our own UI's host element, never read, never a reason to rescan. */
  isOwnNode: (node: Node) => boolean;
  onScan: (scan: PageScan) => void;
}

/**
 * The page as Borderline sees it: the latest scan, its painted ranges and the index used to
 * hit-test them. Rescans when the page changes and when settings change.
 */
export class PageSession {
  private painter = createPainter();
  private watch: Watch | null = null;
  private current: PageScan = EMPTY_SCAN;
  /** The first MAX_PAINTED mentions, made once per scan: hit-testing and mutations read it often. */
  private paintedMentions: readonly PageMention[] = [];
  private index = new RangeIndex<PageMention>([]);
  private watching: AbortController | null = null;
  private scanning: AbortController | null = null;
  private cache = new DetectionCache();
  private detectorInstance: Detector | null = null;

  constructor(
    private settings: Settings,
    private readonly options: PageSessionOptions,
  ) {}

  get scan(): PageScan {
    return this.current;
  }

  /** The mentions painted on the page, in document order. */
  get painted(): readonly PageMention[] {
    return this.paintedMentions;
  }

  mentionAt(x: number, y: number): PageMention | null {
    return this.index.at(document, x, y);
  }

  private get detector(): Detector {
    this.detectorInstance ??= this.options.detector();
    return this.detectorInstance;
  }

  start(): void {
    void this.refresh();
    if (this.watching) return;
    this.watching = new AbortController();
    this.watch = watchPage(document.body, {
      quietMs: 150,
      maxWaitMs: 800,
      floodLimit: 1000,
      ignore: (node) => this.options.isOwnNode(node),
      onChanges: (changes) => {
        // Past a flood of mutations, checking each one costs more than reading the page again.
        if (changes === 'flood' || needsRescan(changes, this.painted, this.detector)) void this.refresh();
      },
      signal: this.watching.signal,
    });
  }

  stop(): void {
    this.scanning?.abort();
    this.watching?.abort();
    this.watching = null;
    this.watch = null;
    this.painter.clear();
    this.current = EMPTY_SCAN;
    this.paintedMentions = [];
    this.index = new RangeIndex([]);
    this.options.onScan(this.current);
  }

  updateSettings(settings: Settings): void {
    this.settings = settings;
    if (this.watching) void this.refresh();
  }

  focus(mention: PageMention | null): void {
    this.painter.focus(mention?.range ?? null);
  }

  /** Scans the page again; a scan still running is abandoned for the new one. */
  async refresh(): Promise<void> {
    this.scanning?.abort();
    const scanning = new AbortController();
    this.scanning = scanning;
    const { isOwnNode, quoteTopic } = this.options;
    const started = performance.now();
    const result = await scanRoot(document.body, this.detector, {
      sensitivity: this.settings.sensitivity,
      quoteTopic,
      cache: this.cache,
      exclude: (element) => isOwnNode(element),
      signal: scanning.signal,
    });
    if (!result || scanning.signal.aborted) return;
    const paintStart = performance.now();
    const { scan } = result;
    this.current = scan;
    const painted = scan.mentions.slice(0, MAX_PAINTED);
    this.paintedMentions = painted;
    adoptHighlightStyles(painted.map((mention) => mention.range));
    this.painter.paint(painted, this.settings.highlightStyle);
    if (this.painter.writesDom) this.watch?.discardPending();
    this.index = new RangeIndex(painted);
    // Benchmarks read this measure: the extension's own work on the page, pauses left out.
    const workMs = result.workMs + (performance.now() - paintStart);
    performance.measure('borderline:scan', {
      start: started,
      duration: workMs,
      detail: { mentions: scan.mentions.length },
    });
    this.options.onScan(scan);
  }

  summary(enabled: boolean): PageSummary {
    const scan = this.current;
    return {
      url: location.href,
      enabled,
      about: scan.about,
      mentionCount: scan.mentions.length,
      paintedCount: this.paintedMentions.length,
      topics: scan.topics,
      mentions: this.paintedMentions.map(({ index, topic, text }) => ({ index, topic, text })),
    };
  }
}
