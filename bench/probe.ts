/**
 * The in-page half of the benchmark, injected with `page.addInitScript` before
 * any page script runs. Kept as a plain JavaScript string: a transpiled
 * function could carry helpers (`__name`) that do not exist in the page.
 *
 * It records:
 *  - `firstItem`: when the first `.vis-item` is on screen and painted
 *    (two animation frames after it is first seen intersecting the viewport);
 *  - for a measured interaction (`__bench.arm(trigger)` → `await __bench.result()`):
 *    `firstPaint` — two frames after the first DOM change following the trigger,
 *    `settled` — two frames after the last DOM change once the page has been quiet.
 *    Changes inside `.vis-current-time` (a clock the timeline redraws) are ignored.
 *
 * All times are `performance.now()`, i.e. milliseconds since navigation start.
 */
export const PROBE_SCRIPT = String.raw`
(() => {
  if (window.__bench) return;
  const now = () => performance.now();
  const state = { firstItemSeen: null, firstItem: null, firstTitleSeen: null, firstTitle: null, lastMutation: 0, armed: null };
  const ignored = (node) => {
    const el = node && node.nodeType === 1 ? node : node && node.parentElement;
    return !!(el && el.closest && el.closest('.vis-current-time'));
  };
  const onScreen = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
  };
  const visibleItem = () => {
    const items = document.querySelectorAll('.vis-item');
    for (let i = 0; i < items.length; i++) if (onScreen(items[i])) return true;
    return false;
  };
  // An event title a reader can see: a row of the (prerendered) list, or a timeline item.
  const TITLES = '.event-list-view li a, .vis-item';
  const visibleTitle = () => {
    const titles = document.querySelectorAll(TITLES);
    for (let i = 0; i < titles.length; i++) if (onScreen(titles[i])) return true;
    return false;
  };
  const watchFirstTitle = () => {
    const check = () => {
      if (!visibleTitle()) return requestAnimationFrame(check);
      requestAnimationFrame(() => requestAnimationFrame(() => { state.firstTitle = now(); }));
    };
    requestAnimationFrame(check);
  };
  const watchFirstItem = () => {
    const check = () => {
      if (!visibleItem()) return requestAnimationFrame(check);
      requestAnimationFrame(() => requestAnimationFrame(() => { state.firstItem = now(); }));
    };
    requestAnimationFrame(check);
  };
  const observer = new MutationObserver((records) => {
    const t = now();
    let relevant = false;
    for (const r of records) if (!ignored(r.target)) { relevant = true; break; }
    if (!relevant) return;
    state.lastMutation = t;
    if (state.armed && state.armed.t0 !== null) state.armed.mutations.push(t);
    if (state.firstTitleSeen === null && document.querySelector(TITLES)) {
      state.firstTitleSeen = t;
      watchFirstTitle();
    }
    if (state.firstItemSeen === null && document.querySelector('.vis-item')) {
      state.firstItemSeen = t;
      watchFirstItem();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  const frameLoop = () => {
    const a = state.armed;
    if (!a) return;
    a.frames.push(now());
    requestAnimationFrame(frameLoop);
  };
  const TRIGGERS = { wheel: 'wheel', pointermove: 'pointermove' };
  window.__bench = {
    state,
    /** Starts a measurement; trigger 'now' starts the clock at once, else at that DOM event. */
    arm(trigger) {
      const a = { t0: null, mutations: [], frames: [], listener: null };
      state.armed = a;
      if (trigger === 'now') a.t0 = now();
      else {
        a.listener = (event) => {
          if (a.t0 === null) a.t0 = event.timeStamp || now();
        };
        window.addEventListener(TRIGGERS[trigger], a.listener, { capture: true, passive: true });
      }
      requestAnimationFrame(frameLoop);
    },
    /** Resolves once nothing changed for quietMs after the trigger. */
    result(quietMs, timeoutMs) {
      const a = state.armed;
      return new Promise((resolve) => {
        const started = now();
        const poll = () => {
          const t = now();
          const last = a.mutations.length ? a.mutations[a.mutations.length - 1] : a.t0;
          const timedOut = t - started > timeoutMs;
          if (!timedOut && (a.t0 === null || t - Math.max(last, a.t0) < quietMs)) return void setTimeout(poll, 16);
          state.armed = null;
          if (a.listener) {
            window.removeEventListener('wheel', a.listener, { capture: true });
            window.removeEventListener('pointermove', a.listener, { capture: true });
          }
          if (a.t0 === null) return resolve({ error: 'the trigger event never came' });
          const secondFrameAfter = (time) => {
            const after = a.frames.filter((f) => f > time);
            return after.length >= 2 ? after[1] : after.length ? after[0] : t;
          };
          const first = a.mutations.length ? a.mutations[0] : a.t0;
          resolve({
            firstPaint: secondFrameAfter(first) - a.t0,
            settled: secondFrameAfter(last) - a.t0,
            mutations: a.mutations.length,
            timedOut,
          });
        };
        setTimeout(poll, 16);
      });
    },
  };
})();
`;
