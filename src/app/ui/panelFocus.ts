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

export function returnFocusToOpener() {
  const target =
    opener && opener.isConnected ? opener : document.querySelector<HTMLElement>('[data-focus-home]');
  target?.focus();
}
