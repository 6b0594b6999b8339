/** The words and symbols the app uses for the contract's closed lists: stances, kinds of event. */
import { STANCES, type DatePrecision, type EventKind, type Provenance, type Stance } from '../../model/core';

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

/**
 * A small glyph per kind of event, drawn beside its title on the timeline (with the kind in words
 * in the popover and panel). Text glyphs, not colour emoji: U+FE0E asks for the plain form.
 */
const KIND_SYMBOLS: Record<EventKind, string> = {
  meeting: '⇄',
  'press-conference': '▣',
  report: '▤',
  call: '☎\uFE0E',
  summit: '★\uFE0E',
  statement: '❝',
  leak: '⚑\uFE0E',
  decision: '⚖\uFE0E',
  other: '•',
};

export function eventKindSymbol(kind: EventKind): string {
  return KIND_SYMBOLS[kind];
}

/** Whether the event had happened when reported, in words. */
export function eventStatusLabel(planned: boolean): string {
  return planned ? 'planned' : 'happened';
}

/**
 * How an item came to be in the story, in a reader's words: an editor checked it against its
 * sentence, or the pipeline found it and nobody has checked it yet.
 */
export function provenanceLabel(provenance: Provenance): string {
  return provenance === 'curated' ? 'checked by an editor' : 'found automatically';
}

/** One line explaining `provenanceLabel`, for where a reader meets it first. */
export const PROVENANCE_EXPLAINED =
  'Items checked by an editor were read against their source sentence; items found automatically come straight from the text and may be wrong.';

/** How exactly a date is known, in words: "known to the day", "known to the month". */
export function precisionLabel(precision: DatePrecision): string {
  return `known to the ${precision}`;
}
