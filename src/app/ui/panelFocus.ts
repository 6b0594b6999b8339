/**
 * Focus to restore when a panel closes: whatever outside the panel had focus
 * when it opened (a timeline item, a list row, a search result).
 */
let opener: HTMLElement | null = null;

export function rememberOpener() {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active !== document.body && !active.closest('.panel-pane')) {
    opener = active;
  }
}

/**
 * Whether a newly opened panel should leave focus where it is: on the timeline itself, a person
 * steps from event to event with the arrow keys (or clicks items), and the panel follows along.
 * From anywhere else (a link in a list, a search result) focus moves to the panel's heading.
 */
export function focusStaysOnTimeline(): boolean {
  const active = document.activeElement;
  return active instanceof HTMLElement && active.hasAttribute('data-keeps-focus');
}

export function returnFocusToOpener() {
  const target =
    opener && opener.isConnected ? opener : document.querySelector<HTMLElement>('[data-focus-home]');
  target?.focus();
}
