// Instrumentation injected into every document of the benchmark page (page.addInitScript) before
// the app's own scripts run. Plain JavaScript on purpose: it runs in the browser as written (no
// bundler helpers), and the Node side only reads `window.__bench` through page.evaluate strings.
//
// Collects, with performance.now() timestamps (ms since the document's timeOrigin):
// - every main-thread long task (PerformanceObserver 'longtask', buffered);
// - every click reaching the document (capture phase: the moment the app receives it);
// - the first appearance of the data-testids the benchmark watches (MutationObserver);
// - the first `[data-testid="book-row"]` of the document (time to first rendered book), and the
//   first time the totals line counts `window.__benchFullBook` rows (the whole book is in);
// - while `recordProgress()` is on, each change of the import progress text.
(() => {
  if (window.__bench) return;
  const B = {
    longTasks: [],
    longTaskSupported: true,
    clicks: [],
    seen: {},
    watching: new Set(),
    firstRowAt: null,
    fullBookAt: null,
    progress: null,
  };
  window.__bench = B;

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    B.longTaskSupported = false;
  }

  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target.closest('[data-testid], button') : null;
      B.clicks.push({
        t: performance.now(),
        testid: target ? target.getAttribute('data-testid') : null,
        text: target ? (target.textContent || '').trim().slice(0, 60) : null,
      });
    },
    true,
  );

  const check = () => {
    const now = performance.now();
    if (B.firstRowAt === null && document.querySelector('[data-testid="book-row"]')) B.firstRowAt = now;
    if (B.fullBookAt === null && typeof window.__benchFullBook === 'number') {
      const totals = document.querySelector('[data-testid="book-totals"]');
      const match = totals && /^([\d\s\u00a0\u202f]+) factures? affichée/.exec((totals.textContent || '').trim());
      if (match && Number(match[1].replace(/\D/g, '')) === window.__benchFullBook) B.fullBookAt = now;
    }
    for (const id of B.watching) {
      if (document.querySelector(`[data-testid="${id}"]`)) {
        B.seen[id] = now;
        B.watching.delete(id);
      }
    }
    if (B.progress) {
      const bar = document.querySelector('[data-testid="import-progress"]');
      const text = bar && bar.parentElement ? bar.parentElement.textContent || '' : null;
      if (text !== null && text !== B.progress.last) {
        B.progress.last = text;
        B.progress.changes.push({ t: now, text });
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });

  /** Starts watching for testids (forgetting earlier sightings of them). */
  B.watch = (ids) => {
    for (const id of ids) {
      delete B.seen[id];
      B.watching.add(id);
    }
    check();
  };
  B.lastClick = (testidOrText) =>
    [...B.clicks].reverse().find((c) => c.testid === testidOrText || c.text === testidOrText) || null;
  B.recordProgress = (on) => {
    if (on) B.progress = { last: null, changes: [] };
    const result = B.progress ? B.progress.changes : [];
    if (!on) B.progress = null;
    return result;
  };

  /**
   * One search: sets the book's search box the way React sees typing (native setter + input
   * event) at t0, and resolves once the rows for the query are on screen: the first DOM mutation
   * (rows container or totals line) after which the totals line differs from before, then a
   * frame and the following macrotask. The totals are not the end signal by accident: the
   * keystroke's urgent render already mutates the rows container (Mantine rewrites the row
   * checkboxes' attributes) while it still shows the previous rows; the filtered rows and the
   * totals arrive together in the deferred render (useDeferredValue). `urgentMs` is that first
   * mutation. Resolves { timeout: true } if the totals do not change within `timeoutMs`: every
   * query of the benchmark must change the result.
   */
  B.search = (query, timeoutMs = 5000) =>
    new Promise((resolve) => {
      const input = document.querySelector('[data-testid="book-search"]');
      const rows = document.querySelector('[data-testid="book-scroll"]');
      const totalsLine = document.querySelector('[data-testid="book-totals"]');
      if (!input || !rows || !totalsLine) {
        resolve({ error: 'book not on screen' });
        return;
      }
      const before = totalsLine.textContent;
      let urgentAt = null;
      let renderedAt = null;
      let finished = false;
      const finish = (result) => {
        if (finished) return;
        finished = true;
        observer.disconnect();
        clearTimeout(timer);
        resolve(result);
      };
      const observer = new MutationObserver(() => {
        const now = performance.now();
        if (urgentAt === null) urgentAt = now;
        if (renderedAt !== null || totalsLine.textContent === before) return;
        renderedAt = now;
        requestAnimationFrame(() => {
          const frameAt = performance.now();
          setTimeout(() => {
            const end = performance.now();
            finish({
              ms: end - t0,
              urgentMs: urgentAt - t0,
              mutationMs: renderedAt - t0,
              frameMs: frameAt - t0,
              rows: document.querySelectorAll('[data-testid="book-row"]').length,
              first: (document.querySelector('[data-testid="book-row"]') || { getAttribute: () => null }).getAttribute('data-number'),
              totals: totalsLine.textContent,
            });
          }, 0);
        });
      });
      const options = { childList: true, subtree: true, characterData: true, attributes: true };
      observer.observe(rows, options);
      observer.observe(totalsLine, options);
      const timer = setTimeout(() => finish({ timeout: true, urgentMs: urgentAt === null ? null : urgentAt - t0, totals: totalsLine.textContent }), timeoutMs);
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      input.focus();
      const t0 = performance.now();
      setter.call(input, query);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });

  /** Resolves with a copy of `seen` once one of `ids` has appeared (polled every 50 ms). */
  B.waitSeen = (ids, timeoutMs = 300000) =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const poll = () => {
        if (ids.some((id) => id in B.seen)) resolve({ ...B.seen });
        else if (performance.now() - started > timeoutMs) reject(new Error(`none of ${ids.join(', ')} appeared in ${timeoutMs} ms`));
        else setTimeout(poll, 50);
      };
      poll();
    });
  /** Resolves once the document has rendered its first book row (and, if asked, the whole book). */
  B.waitFirstRow = (timeoutMs = 300000, full = false) =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const poll = () => {
        if (B.firstRowAt !== null && (!full || B.fullBookAt !== null)) resolve(B.firstRowAt);
        else if (performance.now() - started > timeoutMs) reject(new Error(`no book row in ${timeoutMs} ms`));
        else setTimeout(poll, 50);
      };
      poll();
    });

  /** Resolves once frames have come on time (no main-thread work over 50 ms) for `quietMs`. */
  B.settle = (quietMs = 300) =>
    new Promise((resolve) => {
      let previous = performance.now();
      let quietSince = previous;
      const tick = () => {
        const now = performance.now();
        if (now - previous > 50) quietSince = now;
        previous = now;
        if (now - quietSince >= quietMs) resolve(now);
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
})();
