/**
 * The contract's closed word lists and id and date shapes, free of zod: the schemas in
 * `schema.ts` are built from these, and code that only needs the words (the app's view
 * parameters, labels, the first view) reads them here without loading the validator.
 */

/** Ids appear in URLs, so they stay lowercase and readable. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

/** `YYYY-MM-DD`; whether the day exists is `isRealDate`'s job (calendar.ts). */
export const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** How exactly a date is known: "on Feb. 24" is a day, "this week" a week. */
export const DATE_PRECISIONS = ['day', 'week', 'month', 'year'] as const;

/** The one scale every position is placed on, most favourable first; the README defines each step. */
export const STANCES = ['supports', 'conditional', 'ambiguous', 'skeptical', 'opposes'] as const;

export const EVENT_KINDS = [
  'meeting',
  'press-conference',
  'report',
  'call',
  'summit',
  'statement',
  'leak',
  'decision',
  'other',
] as const;

/** `curated`: checked by an editor; `extracted`: found automatically by the pipeline. */
export const PROVENANCES = ['curated', 'extracted'] as const;

export const ACTOR_KINDS = ['person', 'state', 'organisation', 'group', 'media'] as const;

export const isId = (value: string): boolean => ID_PATTERN.test(value);

/** True when `value` is one of `words`, narrowing it to that list's type. */
export function isOneOf<const T extends string>(words: readonly T[], value: string): value is T {
  return (words as readonly string[]).includes(value);
}
