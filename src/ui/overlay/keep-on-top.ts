/**
 * Keeps the host of our UI above whatever the page draws. The top layer (a popover here) is above
 * every z-index, so no page element can cover it by stacking; only another element shown in the
 * top layer later can, and the page can hide ours (`hidePopover`, removing the attribute, moving
 * the host). Each of these is undone: our host is shown again, last, so above the page's. Where
 * the browser has no popovers, the host's own z-index (the highest there is) has to do.
 */
export interface TopGuard {
  /**
   * Shows the host again, above anything, if the page covers it at one of these elements'
   * centres. Looked at after the next frame, once the browser has laid the page out anyway: on a
   * huge page, a layout forced at each change of the notice would be a long task each time.
   */
  check(elements: readonly Element[]): void;
  stop(): void;
}

/** A page that raises its own element each time ours is raised gets this many a second, no more. */
const MAX_RAISES_PER_SECOND = 10;

export function keepOnTop(host: HTMLElement): TopGuard {
  const supported = typeof host.showPopover === 'function';
  let second = 0;
  let raises = 0;
  const raise = () => {
    if (!supported || !host.isConnected) return;
    const now = Math.floor(performance.now() / 1000);
    raises = now === second ? raises + 1 : 1;
    second = now;
    if (raises > MAX_RAISES_PER_SECOND) return;
    if (host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
    // Shown again, it is the last element of the top layer: above the page's.
    if (host.matches(':popover-open')) host.hidePopover();
    host.showPopover();
  };
  raise();
  if (!supported) return { check: () => undefined, stop: () => undefined };

  // The page opened a popover or a dialog of its own (over ours), or closed ours.
  const onToggle = (event: Event) => {
    if (event.target === host ? !host.matches(':popover-open') : (event as ToggleEvent).newState === 'open') raise();
  };
  window.addEventListener('toggle', onToggle, true);
  // The page took away the popover attribute, or moved the host: either hides it without an event.
  const watch = new MutationObserver(() => {
    if (!host.matches(':popover-open')) raise();
  });
  watch.observe(host, { attributes: true });
  const watchParent = (parent: Node | null) => parent && watch.observe(parent, { childList: true });
  watchParent(host.parentNode);
  watchParent(document.documentElement);

  let waiting: Set<Element> | null = null;
  const checkNow = (elements: Iterable<Element>) => {
    const covered = [...elements].some((element) => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return false;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      // Inside our shadow root, the page's document answers with the host.
      const top = document.elementFromPoint(x, y);
      return top !== null && top !== host;
    });
    // A modal dialog makes the rest of the page inert, ours too, and the pointer finds only it:
    // the toggle it fired when opened has raised ours above it already.
    if (covered && !document.querySelector(':modal')) raise();
  };

  return {
    check(elements) {
      if (waiting) {
        for (const element of elements) waiting.add(element);
        return;
      }
      waiting = new Set(elements);
      requestAnimationFrame(() =>
        setTimeout(() => {
          const due = waiting ?? [];
          waiting = null;
          checkNow([...due].filter((element) => element.isConnected));
        }, 0),
      );
    },
    stop() {
      window.removeEventListener('toggle', onToggle, true);
      watch.disconnect();
    },
  };
}
