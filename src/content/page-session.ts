import type { Detector } from '../detect';
import type { ClaimFinder } from '../detect/claims';
import { createPainter } from '../highlight/create-painter';
import { RangeIndex } from '../highlight/hit-test';
import { paintKindOf } from '../highlight/paint-kind';
import type { PageSummary } from '../messaging/protocol';
import { needsRescan } from '../page/changes';
import { watchPaced } from '../page/paced-watch';
import type { RescanPacer } from '../page/pacer';
import { DetectionCache, EMPTY_SCAN, type PageMention, type PageScan, type QuoteTopic, scanRoot } from '../page/scan';
import type { Changes, Watch } from '../page/watch';
import type { Settings } from '../settings/settings';
import { pageSummary } from './page-summary';
import { measureScan } from './scan-measure';

/** Beyond this many highlights painting slows pages down and stops helping the reader. */
export const MAX_PAINTED = 500;

export interface PageSessionOptions {
  detector: () => Promise<Detector>;
  quoteTopic: QuoteTopic;
  /** Our own UI's host element, never read, never a reason to rescan. */
  isOwnNode: (node: Node) => boolean;
  onScan: (scan: PageScan) => void;
  /** Finds the checked claims a page makes (none until the detector has loaded). */
  claims?: () => ClaimFinder | undefined;
  /** What the reader asked not to see, taken out of each scan before it is painted. */
  filter?: (scan: PageScan) => PageScan;
  /** Work done on the page before the session (the gate's), counted in its first scan's measure. */
  priorMs?: number;
}

/**
 * The page as Borderline sees it once the gate has let it through (see `GateWatch`): the latest
 * scan, its painted ranges and the index used to hit-test them. Rescans when the page changes
 * and when settings change.
 */
export class PageSession {
  private painter = createPainter();
  private watch: Watch | null = null;
  private current: PageScan = EMPTY_SCAN;
  /** The first MAX_PAINTED mentions, made once per scan: hit-testing and mutations read it often. */
  private paintedMentions: readonly PageMention[] = [];
  private index = new RangeIndex<PageMention>([]);
  private watching: AbortController | null = null;
  private pacer: RescanPacer | null = null;
  private scanning: AbortController | null = null;
  private cache = new DetectionCache();
  private detector: Detector | null = null;
  private priorMs: number;

  constructor(
    private settings: Settings,
    private readonly options: PageSessionOptions,
  ) {
    this.priorMs = options.priorMs ?? 0;
  }

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

  start(): void {
    // Watching first, so that the pacer knows of the scan from its start.
    if (!this.watching) this.watchChanges();
    void this.refresh();
  }

  private watchChanges(): void {
    this.watching = new AbortController();
    const { pacer, watch } = watchPaced({
      ignore: (node) => this.options.isOwnNode(node),
      matters: (changes) => this.changesMatter(changes),
      rescan: () => void this.refresh(),
      signal: this.watching.signal,
    });
    this.pacer = pacer;
    this.watch = watch;
  }

  stop(): void {
    this.scanning?.abort();
    this.watching?.abort();
    this.watching = null;
    this.watch = null;
    this.pacer = null;
    this.painter.clear();
    this.current = EMPTY_SCAN;
    this.paintedMentions = [];
    this.index = new RangeIndex([]);
    this.options.onScan(this.current);
  }

  /** Settings apply from the next scan on (`start` begins one at once). */
  updateSettings(settings: Settings): void {
    this.settings = settings;
  }

  /** Whether changes can change what Borderline shows (see `needsRescan`). */
  private changesMatter(changes: Changes): boolean {
    // The detector is still loading: the scan it is loading for comes after these changes.
    return this.detector ? needsRescan(changes, this.painted, this.detector, this.options.claims?.()) : false;
  }

  focus(mention: PageMention | null): void {
    this.painter.focus(mention?.range ?? null);
  }

  /** Scans the page again; a scan still running is abandoned for the new one. */
  async refresh(): Promise<void> {
    this.scanning?.abort();
    this.pacer?.begin();
    const scanning = new AbortController();
    this.scanning = scanning;
    const { isOwnNode, quoteTopic } = this.options;
    const started = performance.now();
    const detector = await this.loadDetector();
    if (scanning.signal.aborted) return;
    const result = await scanRoot(document.body, detector.instance, {
      sensitivity: this.settings.sensitivity,
      quoteTopic,
      cache: this.cache,
      claims: this.options.claims?.(),
      exclude: (element) => isOwnNode(element),
      signal: scanning.signal,
    });
    if (!result || scanning.signal.aborted) return;
    const paintStart = performance.now();
    const scan = this.options.filter?.(result.scan) ?? result.scan;
    const painted = scan.mentions.slice(0, MAX_PAINTED);
    this.painter.paint(
      painted.map((mention) => ({ topic: mention.topic, range: mention.range, kind: paintKindOf(mention) })),
      this.settings.highlightStyle,
    );
    if (this.painter.writesDom) this.watch?.discardPending();
    const scanMs = result.workMs + (performance.now() - paintStart);
    // Loading happens once: the pace of later scans is set by the scan alone.
    this.pacer?.scanned(started, scanMs);
    const workMs = this.priorMs + detector.loadMs + scanMs;
    this.priorMs = 0;
    this.current = scan;
    this.paintedMentions = painted;
    this.index = new RangeIndex(painted);
    measureScan(started, workMs, { mentions: scan.mentions.length, read: 'full' });
    this.options.onScan(scan);
  }

  /** The detector, and how long this call spent making it (after the first, nothing). */
  private async loadDetector(): Promise<{ instance: Detector; loadMs: number }> {
    if (this.detector) return { instance: this.detector, loadMs: 0 };
    const start = performance.now();
    const instance = await this.options.detector();
    this.detector = instance;
    return { instance, loadMs: performance.now() - start };
  }

  summary(enabled: boolean): PageSummary {
    return pageSummary(this.current, this.paintedMentions, enabled);
  }
}
