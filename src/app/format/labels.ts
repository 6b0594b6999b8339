/** The words and symbols the app uses for the contract's closed lists: stances, kinds of event. */
import { STANCES, type EventKind, type Provenance, type Stance } from '../../model';

/** The stance scale from most to least favourable: the order of legends, columns and sort keys. */
export const STANCE_ORDER: readonly Stance[] = STANCES;

/**
 * One glyph per stance, so a stance reads without colour. U+FE0E asks for the plain-text glyph
 * where a platform would otherwise draw a colour emoji. Render it `aria-hidden` next to the
 * label: a screen reader should say "opposes", not "heavy multiplication x".
 */
const SYMBOLS: Record<Stance, string> = {
  supports: '✔\uFE0E',
  conditional: '◐',
  ambiguous: '?',
  skeptical: '⚠\uFE0E',
  opposes: '✖\uFE0E',
};

/** The word for a stance, lower case, e.g. "opposes". */
export function stanceLabel(stance: Stance): string {
  return stance;
}

/** A short glyph for a stance, distinct for each stance: ✔ ◐ ? ⚠ ✖. */
export function stanceSymbol(stance: Stance): string {
  return SYMBOLS[stance];
}

/** Glyph and word together, e.g. "✖ opposes", for a compact readable cell. */
export function stanceBadge(stance: Stance): string {
  return `${stanceSymbol(stance)} ${stanceLabel(stance)}`;
}

/** Position of a stance on the scale: 0 for supports … 4 for opposes. */
export function stanceRank(stance: Stance): number {
  return STANCE_ORDER.indexOf(stance);
}

/** "press-conference" → "press conference". */
export function eventKindLabel(kind: EventKind): string {
  return kind.replace(/-/g, ' ');
}

/** How an item was found, in the reader's words: "checked by an editor" or "found automatically". */
export function foundByLabel(provenance: Provenance): string {
  return provenance === 'curated' ? 'checked by an editor' : 'found automatically';
}
