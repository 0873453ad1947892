import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Lang, Pack } from '../../pack/types';
import { uiShadowMode } from '../../settings/ui-shadow';
import { Card, type CardMention } from '../card/Card';
import cardCss from '../card/card.css?inline';
import { NotAboutDispute } from '../card/NotAboutDispute';
import { type Box, placeCard } from '../card/position';
import itemsCss from '../components/pack-items.css?inline';
import themeCss from '../components/theme.css?inline';
import { keepOnTop, type TopGuard } from './keep-on-top';
import { Message, type MessageAction } from './Message';
import { Notice, type NoticeProps } from './Notice';
import overlayCss from './overlay.css?inline';

/** The one element Borderline adds to a page; everything of ours lives in its shadow root. */
export const UI_HOST_TAG = 'borderline-ui';

export interface OverlayHostOptions {
  ctx: ContentScriptContext;
  /** The pack the card shows, read on the first card: pages with nothing to show never need it. */
  pack: () => Promise<Pack>;
  lang: Lang;
  onCardEnter: () => void;
  onCardLeave: () => void;
  onCardClose: () => void;
  onTurnOffSite: () => void;
  onOpenSource: () => void;
  /** The reader says the card's words are not about the dispute (only mentions found on the page). */
  onNotAboutDispute: (mention: CardMention) => void;
}

let sheet: CSSStyleSheet | null = null;

function overlaySheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync([themeCss, itemsCss, cardCss, overlayCss].join('\n'));
  }
  return sheet;
}

interface OverlayState {
  card: CardMention | null;
  notice: Omit<NoticeProps, 'onDismiss'> | null;
  /** What the live region says (see `announce`). */
  announcement: string;
  /** A change asked for in the page that could not be stored, or that can be undone (see `showMessage`). */
  message: { text: string; action?: MessageAction } | null;
}

/** A live region reads out what changes in it; a region new to the page needs a moment first. */
const ANNOUNCE_DELAY_MS = 150;
/**
 * How long focus asked for waits for its element to be drawn (the notice comes back once its
 * pack is read): past it, the reader has moved on, and focus is left where it is.
 */
const FOCUS_WAIT_MS = 1_000;

/** Where focus goes once drawn: the notice, or the action of the message (see `showMessage`). */
const FOCUS_TARGETS = { notice: '.notice-open', message: '.message button' } as const;

/**
 * Renders the card and the corner notice in one shadow root. The host is created on first use,
 * so a page with nothing to show carries nothing of ours.
 */
export class OverlayHost {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private creating: Promise<ShadowRootContentScriptUi<void>> | null = null;
  private opening: Promise<void> = Promise.resolve();
  private state: OverlayState = { card: null, notice: null, announcement: '', message: null };
  private guard: TopGuard | null = null;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private noticeDismissed = false;
  private pack: Pack | null = null;
  private focusNext: { target: keyof typeof FOCUS_TARGETS; until: number } | null = null;

  constructor(private readonly options: OverlayHostOptions) {}

  /**
   * Content scripts share the page's custom element registry: a page that defined our tag first
   * would run its own constructor on our host. Then a name the page cannot have known is used.
   */
  private async create(name: string): Promise<ShadowRootContentScriptUi<void>> {
    const ui = await createShadowRootUi(this.options.ctx, {
      name,
      // Closed: the page finds no `shadowRoot` on our host, so it cannot rewrite what the card says.
      mode: await uiShadowMode(),
      position: 'inline',
      // Just before the body: first in the tab order and for a screen reader reading from the top,
      // and the body's own children (its :first-child, its last element) stay the page's.
      anchor: 'body',
      append: 'before',
      // overlay.css carries its own reset of the host, written to hold against hostile page CSS.
      inheritStyles: true,
      onMount: (container, shadow) => {
        // A constructed sheet, not a <style> element: a strict style-src policy cannot block it.
        shadow.adoptedStyleSheets = [overlaySheet()];
        container.classList.add('theme-root');
      },
    });
    // A host the page defined as its own element could hand the page our root (ElementInternals).
    if (ui.shadowHost.matches(':defined')) throw new Error(`The page defined <${name}>.`);
    return ui;
  }

  private ensureUi(): Promise<ShadowRootContentScriptUi<void>> {
    if (this.ui) return Promise.resolve(this.ui);
    this.creating ??= (async () => {
      const ui = await this.create(UI_HOST_TAG).catch(() =>
        this.create(`${UI_HOST_TAG}-${crypto.randomUUID().slice(0, 8)}`),
      );
      ui.mount();
      this.guard = keepOnTop(ui.shadowHost);
      this.ui = ui;
      return ui;
    })().finally(() => {
      this.creating = null;
    });
    return this.creating;
  }

  private draw(ui: ShadowRootContentScriptUi<void>): void {
    const { lang, onCardEnter, onCardLeave, onCardClose, onTurnOffSite, onOpenSource, onNotAboutDispute } =
      this.options;
    const { pack } = this;
    const { card, notice, announcement } = this.state;
    render(
      <>
        {card && pack && (
          <div class="card-frame" onPointerEnter={onCardEnter} onPointerLeave={onCardLeave}>
            <Card
              pack={pack}
              mention={card}
              lang={lang}
              onClose={onCardClose}
              onTurnOffSite={onTurnOffSite}
              onOpenSource={onOpenSource}
            >
              {!card.checked && <NotAboutDispute onClick={() => onNotAboutDispute(card)} />}
            </Card>
          </div>
        )}
        {notice && <Notice {...notice} onDismiss={() => this.dismissNotice()} />}
        {this.state.message && <Message {...this.state.message} onDismiss={() => this.showMessage(null)} />}
        <p class="announcer" role="status">
          {announcement}
        </p>
      </>,
      ui.uiContainer,
    );
    // The card is checked once placed (see `placeCard`).
    this.guard?.check([...ui.uiContainer.querySelectorAll('.notice button, .message')]);
    this.moveFocus(ui);
  }

  /** Gives focus where it was asked for, once that element is drawn (see `FOCUS_WAIT_MS`). */
  private moveFocus(ui: ShadowRootContentScriptUi<void>): void {
    const next = this.focusNext;
    if (!next) return;
    if (performance.now() > next.until) {
      this.focusNext = null;
      return;
    }
    const target = ui.uiContainer.querySelector<HTMLElement>(FOCUS_TARGETS[next.target]);
    if (!target) return;
    this.focusNext = null;
    target.focus({ preventScroll: true });
  }

  private focusOnceDrawn(target: keyof typeof FOCUS_TARGETS): void {
    this.focusNext = { target, until: performance.now() + FOCUS_WAIT_MS };
  }

  /**
   * Moves focus to the notice once it is drawn: the reader showed it again from the message, whose
   * button, focused, is gone.
   */
  focusNotice(): void {
    this.focusOnceDrawn('notice');
    if (this.ui) this.moveFocus(this.ui);
  }

  openCard(mention: CardMention, anchor: Box): Promise<void> {
    this.opening = (async () => {
      this.pack ??= await this.options.pack();
      const ui = await this.ensureUi();
      this.state = { ...this.state, card: mention };
      this.draw(ui);
      this.placeCard(anchor);
    })().catch(() => undefined);
    return this.opening;
  }

  /** Moves the open card next to its anchor (after a scroll or a resize). */
  placeCard(anchor: Box): void {
    const frame = this.ui?.uiContainer.querySelector<HTMLElement>('.card-frame');
    if (!frame) return;
    frame.style.removeProperty('--bl-card-max-height');
    const size = frame.getBoundingClientRect();
    const notice = this.ui?.uiContainer.querySelector('.notice')?.getBoundingClientRect();
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const place = placeCard(anchor, size, viewport, notice ? [notice] : []);
    frame.style.left = `${place.left}px`;
    frame.style.top = `${place.top}px`;
    // Shorter, and scrolling, rather than over the words it explains.
    if (place.maxHeight !== undefined) frame.style.setProperty('--bl-card-max-height', `${place.maxHeight}px`);
    frame.dataset.side = place.side;
    this.guard?.check([frame]);
  }

  /** Moves keyboard focus into the card once it is shown (keyboard navigation only). */
  focusCard(): void {
    void this.opening.then(() => {
      this.ui?.uiContainer.querySelector<HTMLElement>('.card')?.focus({ preventScroll: true });
    });
  }

  /** The element of ours that has keyboard focus (the page sees only our host). */
  focusedElement(): HTMLElement | null {
    const focused = this.ui?.shadow.activeElement;
    return focused instanceof HTMLElement ? focused : null;
  }

  /**
   * Says `text` once in the polite live region. Emptied first, so that the same words twice are
   * read twice; the region stays silent otherwise (nothing on every page change).
   */
  announce(text: string): void {
    clearTimeout(this.announceTimer);
    this.state = { ...this.state, announcement: '' };
    this.ensureUi()
      .then((ui) => {
        this.draw(ui);
        this.announceTimer = setTimeout(() => {
          this.state = { ...this.state, announcement: text };
          this.draw(ui);
        }, ANNOUNCE_DELAY_MS);
      })
      .catch(() => undefined);
  }

  closeCard(): void {
    if (!this.ui || !this.state.card) return;
    this.state = { ...this.state, card: null };
    this.draw(this.ui);
  }

  /** Shows, updates or (with null) removes the corner notice; once dismissed it stays away. */
  setNotice(notice: OverlayState['notice']): void {
    if (this.noticeDismissed || (!this.ui && !notice)) return;
    this.state = { ...this.state, notice };
    this.ensureUi()
      .then((ui) => this.draw(ui))
      .catch(() => undefined);
  }

  /**
   * Shows, or (with null) removes, what became of a change asked for in the page: what could not
   * be stored, or what was done, with the way to undo it (`action`). With `focus`, its button
   * takes focus (the control the reader used is gone).
   */
  showMessage(text: string | null, action?: MessageAction, { focus = false } = {}): void {
    if (!this.ui && !text) return;
    if (text && focus) this.focusOnceDrawn('message');
    this.state = { ...this.state, message: text ? { text, ...(action && { action }) } : null };
    this.ensureUi()
      .then((ui) => this.draw(ui))
      .catch(() => undefined);
  }

  private dismissNotice(): void {
    this.setNotice(null);
    this.noticeDismissed = true;
  }

  /**
   * Whether a node is our host: never read as page text, never a page change. (What is inside it
   * lives in its shadow root, which neither the page's text walk nor its observer enters.)
   */
  isHost(node: Node): boolean {
    return node === this.ui?.shadowHost;
  }

  /** Whether a node is, or is inside, our host (focus, hit-testing). */
  contains(node: Node | null): boolean {
    return !!node && !!this.ui && (node === this.ui.shadowHost || this.ui.shadowHost.contains(node));
  }

  remove(): void {
    if (this.ui) render(null, this.ui.uiContainer);
    this.ui?.remove();
    this.ui = null;
    this.creating = null;
    this.guard?.stop();
    this.guard = null;
    clearTimeout(this.announceTimer);
    this.state = { card: null, notice: null, announcement: '', message: null };
  }
}
