/*
 * The bench's helpers inside the page (main world), installed before the page's own scripts with
 * `context.addInitScript`, so that the observers see everything from the start of the load.
 * Plain JavaScript: it is handed to the browser as it is.
 */
(() => {
  const SCAN_MEASURE = 'borderline:scan';
  const longTasks = [];
  // Firefox has no long tasks: there the list stays empty.
  if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  }

  // The content script's measure lands on this document's one timeline; note when it was seen,
  // which bounds the wall-clock window of the scan (its duration leaves out the pauses).
  let firstScan = null;
  const waiting = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name !== SCAN_MEASURE || firstScan) continue;
      firstScan = {
        start: entry.startTime,
        duration: entry.duration,
        mentions: entry.detail?.mentions ?? null,
        read: entry.detail?.read ?? null,
        backgroundMs: entry.detail?.backgroundMs ?? null,
        seenAt: performance.now(),
      };
      for (const resolve of waiting.splice(0)) resolve(firstScan);
    }
  }).observe({ type: 'measure', buffered: true });

  let stormTargets = [];
  let hover = null;
  const cardShown = () => document.querySelector('borderline-ui')?.shadowRoot?.querySelector('.card') ?? null;

  window.__bench = {
    /** The first scan after load, or null if none comes within `timeoutMs`. */
    firstScan(timeoutMs) {
      if (firstScan) return Promise.resolve(firstScan);
      return new Promise((resolve) => {
        waiting.push(resolve);
        setTimeout(() => resolve(null), timeoutMs);
      });
    },

    scanCount: () => performance.getEntriesByName(SCAN_MEASURE).length,

    /** The longest long task overlapping [from, to] (page clock, ms), 0 if none. */
    longestTask(from, to) {
      let longest = 0;
      for (const task of longTasks) {
        if (task.start < to && task.start + task.duration > from) longest = Math.max(longest, task.duration);
      }
      return longest;
    },

    domContentLoaded: () => performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? 0,

    /**
     * mark.js marking the phrases one after another, as `mark(terms)` does, until all are done or
     * `budgetMs` is spent. The phrases come shuffled, so when the budget runs out the time per
     * phrase so far estimates the whole run.
     */
    markjs(terms, budgetMs) {
      const marker = new window.Mark(document.body);
      const options = { separateWordSearch: false, diacritics: true, accuracy: 'exactly' };
      let done = 0;
      let marks = 0;
      const start = performance.now();
      while (done < terms.length && performance.now() - start < budgetMs) {
        marker.mark(terms[done], {
          ...options,
          done(count) {
            marks += count;
          },
        });
        done++;
      }
      const ms = performance.now() - start;
      return { ms, estimateMs: (ms * terms.length) / done, termsDone: done, complete: done === terms.length, marks };
    },

    /**
     * Painted words to hover, up to `max`: their middle point, where nothing covers them (the
     * corner notice) and the whole box is in the viewport. Needs our UI's shadow root open.
     */
    hoverTargets(max) {
      const points = [];
      CSS.highlights.forEach((highlight, name) => {
        if (!name.startsWith('borderline-') || name === 'borderline-focus') return;
        for (const range of highlight) {
          const rect = range.getClientRects()[0];
          if (!rect || rect.top < 0 || rect.bottom > innerHeight || rect.left < 0 || rect.right > innerWidth) continue;
          const point = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: range.toString() };
          if (document.elementFromPoint(point.x, point.y)?.localName !== 'borderline-ui') points.push(point);
        }
      });
      return points.slice(0, max);
    },

    cardShown: () => cardShown() !== null,

    /**
     * Arms the measure of one hover: from the pointer's next move (its time as the browser got
     * it), onto (x, y), to the end of the frame that first shows the card, when a task posted
     * from that frame's animation callbacks runs. The card must be closed before.
     */
    armHover(x, y) {
      const own = { inputAt: null, shownAt: null, paintedAt: null, done: null };
      hover = own;
      own.done = new Promise((resolve) => {
        const onMove = (event) => {
          if (Math.abs(event.clientX - x) > 2 || Math.abs(event.clientY - y) > 2) return;
          own.inputAt = event.timeStamp;
          removeEventListener('pointermove', onMove, true);
        };
        addEventListener('pointermove', onMove, true);
        const frame = () => {
          if (own !== hover) return resolve(null);
          if (!cardShown()) return void requestAnimationFrame(frame);
          own.shownAt = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            own.paintedAt = performance.now();
            resolve(own);
          };
          channel.port2.postMessage(null);
        };
        requestAnimationFrame(frame);
      });
    },

    /** The armed hover's times, or null if the card did not show within `timeoutMs`. */
    hoverResult(timeoutMs) {
      const own = hover;
      const late = new Promise((resolve) => setTimeout(() => resolve(null), timeoutMs));
      return Promise.race([own.done, late]).then((result) => {
        if (hover === own) hover = null;
        return result && { inputAt: result.inputAt, shownAt: result.shownAt, paintedAt: result.paintedAt };
      });
    },

    /** Picks the text nodes a storm will change (before profiling starts). */
    prepareStorm() {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      stormTargets = [];
      while (walker.nextNode()) {
        const node = walker.currentNode;
        if (node.data.trim() && !node.parentElement?.closest('script,style,noscript,textarea,borderline-ui')) {
          stormTargets.push(node);
        }
      }
      return stormTargets.length;
    },

    /**
     * `perTick` changes every `everyMs` for `durationMs`, spread over the page: of every five,
     * three edit a text node, one inserts a span of text, one removes an inserted span.
     */
    storm({ durationMs, everyMs, perTick, seed }) {
      let state = seed >>> 0;
      const random = () => {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
        return state / 2 ** 32;
      };
      const pick = (list) => list[Math.floor(random() * list.length)];
      const inserted = [];
      let changes = 0;
      const change = () => {
        const op = changes % 5;
        if (op === 4 && inserted.length > 0) {
          inserted.splice(Math.floor(random() * inserted.length), 1)[0].remove();
        } else if (op >= 3) {
          const span = document.createElement('span');
          span.textContent = ` update ${changes} `;
          pick(stormTargets).after(span);
          inserted.push(span);
        } else {
          const target = pick(stormTargets);
          target.data = target.data.endsWith(' ') ? target.data.slice(0, -1) : `${target.data} `;
        }
        changes++;
      };
      return new Promise((resolve) => {
        const start = performance.now();
        const timer = setInterval(() => {
          for (let i = 0; i < perTick; i++) change();
          const elapsed = performance.now() - start;
          if (elapsed >= durationMs) {
            clearInterval(timer);
            resolve({ changes, ms: elapsed });
          }
        }, everyMs);
      });
    },
  };
})();
