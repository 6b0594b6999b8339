/**
 * The raw file name of an added article: publisher, date and the first words of the title, e.g.
 * `kyiv-independent-2025-02-25-macron-wins-no-security-guarantees`. The name is also the article's id
 * and so part of the explorer's links: readable, lowercase ASCII (`@sindresorhus/slugify` transliterates
 * "Зеленський" and "Außenminister" rather than dropping them), short, and never one already taken.
 */
import slugify from '@sindresorhus/slugify';
import { articleIdFromFile } from '../read';

/** Longest name stem: short enough to read in a link, long enough for the title's first words. */
export const MAX_NAME = 64;
const MAX_PUBLISHER = 24;

export interface NameParts {
  publisher: string | null;
  /** `YYYY-MM-DD`, when the page states it. */
  date: string | null;
  title: string | null;
  /** The page's address: its host names the publisher when nothing else does. */
  address: string | null;
}

const slug = (text: string) => slugify(text, { decamelize: false });

/** The leading words of `slugged` that fit in `max` characters (at least the first word, cut to fit). */
export function leadingWords(slugged: string, max: number): string {
  let out = '';
  for (const word of slugged.split('-').filter(Boolean)) {
    const next = out ? `${out}-${word}` : word;
    if (next.length > max) break;
    out = next;
  }
  return out || slugged.slice(0, max).replace(/-+$/, '');
}

/** Words a cut title should not end on ("…-talks-resume-in-ostmark-as" reads as cut off). */
const DANGLING = new Set('a an and as at by for from in into of on or the to with'.split(' '));

export function withoutDanglingWord(slugged: string): string {
  const words = slugged.split('-');
  while (words.length > 1 && DANGLING.has(words[words.length - 1] as string)) words.pop();
  return words.join('-');
}

/** A stem from the parts (without `.txt`), before it is made unique. */
export function nameStem({ publisher, date, title, address }: NameParts): string {
  const host = address ? new URL(address).hostname.replace(/^www\./, '') : null;
  const by = leadingWords(slug(publisher ?? host ?? ''), MAX_PUBLISHER);
  const head = [by, date].filter(Boolean).join('-');
  const room = MAX_NAME - head.length - (head ? 1 : 0);
  const words = title ? withoutDanglingWord(leadingWords(slug(title), Math.max(room, 16))) : '';
  return [head, words].filter(Boolean).join('-').slice(0, MAX_NAME).replace(/-+$/, '') || 'article';
}

/**
 * `<stem>.txt`, or `<stem>-2.txt`, `-3` … when the stem's article id, or a file of that name, is taken.
 * `taken` holds every file name in the raw directory.
 */
export function uniqueName(stem: string, taken: ReadonlySet<string>): string {
  const ids = new Set([...taken].map((name) => articleIdFromFile(name.replace(/\.meta\.json$/i, '.txt'))));
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${stem}.txt` : `${stem}-${n}.txt`;
    if (!ids.has(articleIdFromFile(name))) return name;
  }
}
