/**
 * Where a reader is in a page: the scroll of the page and of its scrolling regions, and the
 * element that has focus, remembered by what it is (an id, or a link's address) rather than by
 * the node, so the same place can be found again in a page that was rendered anew.
 */
export interface ReadingPlace {
  restore(): void;
}

/** Regions that scroll on their own and keep their offset across a takeover. */
const SCROLLERS = ['.panel-pane', '.timeline-wrap', '.event-list-wrap'];

function describeFocus(page: HTMLElement): (() => HTMLElement | null) | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !page.contains(active)) return null;
  if (active.id) return () => document.getElementById(active.id);
  const href = active.getAttribute('href');
  if (href) {
    const text = active.textContent;
    return () =>
      [...page.querySelectorAll<HTMLElement>('a[href]')].find(
        (link) => link.getAttribute('href') === href && link.textContent === text,
      ) ?? null;
  }
  return null;
}

export function keepReadingPlace(page: HTMLElement): ReadingPlace {
  const windowScroll = { x: window.scrollX, y: window.scrollY };
  const scrolled = SCROLLERS.map(
    (selector) => [selector, page.querySelector(selector)?.scrollTop ?? 0] as const,
  );
  const focused = describeFocus(page);
  return {
    restore() {
      for (const [selector, top] of scrolled) {
        const region = page.querySelector(selector);
        if (region && top) region.scrollTop = top;
      }
      window.scrollTo(windowScroll.x, windowScroll.y);
      focused?.()?.focus({ preventScroll: true });
    },
  };
}
