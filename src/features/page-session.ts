import type { Detector } from '../detect';
import type { Gate } from '../detect/gate';
import { createPainter } from '../highlight/create-painter';
import { adoptHighlightStyles } from '../highlight/highlight-styles';
import { RangeIndex } from '../highlight/hit-test';
import type { PageSummary } from '../messaging/protocol';
import { needsRescan, opensGate } from '../page/changes';
import { gatePage } from '../page/gate-page';
import { RescanPacer } from '../page/pacer';
import { DetectionCache, EMPTY_SCAN, type PageMention, type PageScan, type QuoteTopic, scanRoot } from '../page/scan';
import { type Watch, watchPage } from '../page/watch';
import type { Settings } from '../settings/settings';

/** Beyond this many highlights painting slows pages down and stops helping the reader. */
export const MAX_PAINTED = 500;

/**
 * The share of the main thread that rescans of a changing page may take: a page scanned in
 * 10 ms is followed within half a second, while a huge one that takes 400 ms a scan and never
 * stops changing is read again every 20 s rather than all the time.
 */
const RESCAN_SHARE = 0.02;

export interface PageSessionOptions {
  /** What tells a page with nothing to do at a glance; loaded before the session starts. */
  gate: () => Gate;
  /** Loaded on first use: a page the gate turns away never loads it. */
  detector: () => Promise<Detector>;
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
  private pacer: RescanPacer | null = null;
  private scanning: AbortController | null = null;
  private cache = new DetectionCache();
  private detector: Detector | null = null;
  /** Whether the gate has let the page through; from then on it is read in full. */
  private gateOpen = false;

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

  start(): void {
    void this.refresh();
    if (this.watching) return;
    this.watching = new AbortController();
    const pacer = new RescanPacer({
      share: RESCAN_SHARE,
      run: () => void this.refresh(),
      signal: this.watching.signal,
    });
    this.pacer = pacer;
    this.watch = watchPage(document.body, {
      quietMs: 150,
      maxWaitMs: 800,
      floodLimit: 1000,
      ignore: (node) => this.options.isOwnNode(node),
      onChanges: (changes) => {
        // A rescan already waiting will see these changes too.
        if (pacer.waiting) return;
        // Past a flood of mutations, checking each one costs more than reading the page again.
        if (changes === 'flood' || this.changesMatter(changes)) pacer.request();
      },
      signal: this.watching.signal,
    });
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

  updateSettings(settings: Settings): void {
    this.settings = settings;
    if (this.watching) void this.refresh();
  }

  /** Whether changes can change what Borderline shows (see `needsRescan`, `opensGate`). */
  private changesMatter(changes: MutationRecord[]): boolean {
    if (!this.gateOpen) {
      this.gateOpen = opensGate(changes, document.body, this.options.gate());
      return this.gateOpen;
    }
    // The detector is still loading: the scan it is loading for comes after these changes.
    return this.detector ? needsRescan(changes, this.painted, this.detector) : false;
  }

  focus(mention: PageMention | null): void {
    this.painter.focus(mention?.range ?? null);
  }

  /** Scans the page again; a scan still running is abandoned for the new one. */
  async refresh(): Promise<void> {
    this.scanning?.abort();
    this.pacer?.cancel();
    const scanning = new AbortController();
    this.scanning = scanning;
    const { isOwnNode, quoteTopic } = this.options;
    const started = performance.now();
    let gateMs = 0;
    if (!this.gateOpen) {
      const gate = await gatePage(document.body, this.options.gate(), {
        exclude: (element) => isOwnNode(element),
        signal: scanning.signal,
      });
      if (!gate || scanning.signal.aborted) return;
      gateMs = gate.workMs;
      this.gateOpen = gate.open;
      if (!gate.open) {
        this.pacer?.scanned(started, gateMs);
        this.show(EMPTY_SCAN, [], started, gateMs, 'gate');
        return;
      }
    }
    const detector = await this.loadDetector();
    if (scanning.signal.aborted) return;
    const result = await scanRoot(document.body, detector.instance, {
      sensitivity: this.settings.sensitivity,
      quoteTopic,
      cache: this.cache,
      exclude: (element) => isOwnNode(element),
      signal: scanning.signal,
    });
    if (!result || scanning.signal.aborted) return;
    const paintStart = performance.now();
    const painted = result.scan.mentions.slice(0, MAX_PAINTED);
    adoptHighlightStyles(painted.map((mention) => mention.range));
    this.painter.paint(painted, this.settings.highlightStyle);
    if (this.painter.writesDom) this.watch?.discardPending();
    const scanMs = gateMs + result.workMs + (performance.now() - paintStart);
    // Loading the detector happens once: the pace of later scans is set by the scan alone.
    this.pacer?.scanned(started, scanMs);
    this.show(result.scan, painted, started, scanMs + detector.loadMs, 'full');
  }

  /** The detector, and how long this call spent making it (after the first, nothing). */
  private async loadDetector(): Promise<{ instance: Detector; loadMs: number }> {
    if (this.detector) return { instance: this.detector, loadMs: 0 };
    const start = performance.now();
    const instance = await this.options.detector();
    this.detector = instance;
    return { instance, loadMs: performance.now() - start };
  }

  /** Makes a scan the current one and tells of it; `read` says whether the gate alone settled the page. */
  private show(
    scan: PageScan,
    painted: readonly PageMention[],
    started: number,
    workMs: number,
    read: 'gate' | 'full',
  ): void {
    this.current = scan;
    this.paintedMentions = painted;
    this.index = new RangeIndex(painted);
    // Benchmarks read this measure: the extension's own work on the page, pauses left out.
    performance.measure('borderline:scan', {
      start: started,
      duration: workMs,
      detail: { mentions: scan.mentions.length, read },
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
