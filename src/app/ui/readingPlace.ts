/**
 * Where a reader is in a page: the scroll of the page and of its scrolling regions, text they
 * have typed into a field, and the element that has focus, remembered by what it is (an id, or a link's address) rather than by
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

/** Text fields the reader has typed into, by id: what they typed must survive the takeover. */
function typedText(page: HTMLElement): Array<readonly [string, string]> {
  return [...page.querySelectorAll<HTMLInputElement>('input[id]')]
    .filter((field) => field.value !== field.defaultValue)
    .map((field) => [field.id, field.value] as const);
}

/**
 * Puts typed text back through the input element's own value setter and an input event, so a
 * field React controls takes the text into its state as if it had been typed.
 */
function retype(field: HTMLInputElement, text: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field, text);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

export function keepReadingPlace(page: HTMLElement): ReadingPlace {
  const windowScroll = { x: window.scrollX, y: window.scrollY };
  const scrolled = SCROLLERS.map(
    (selector) => [selector, page.querySelector(selector)?.scrollTop ?? 0] as const,
  );
  const focused = describeFocus(page);
  const typed = typedText(page);
  return {
    restore() {
      for (const [id, text] of typed) {
        const field = document.getElementById(id);
        if (field instanceof HTMLInputElement && page.contains(field)) retype(field, text);
      }
      for (const [selector, top] of scrolled) {
        const region = page.querySelector(selector);
        if (region && top) region.scrollTop = top;
      }
      window.scrollTo(windowScroll.x, windowScroll.y);
      focused?.()?.focus({ preventScroll: true });
    },
  };
}
