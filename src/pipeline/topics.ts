/**
 * Topics for extracted events and quotes, from the optional curation-only `keywords:` list of each topic in
 * topics.yaml (never written out). A keyword is a case-insensitive phrase matched on word boundaries;
 * a trailing `*` matches any ending (`peacekeep*` → peacekeepers, peacekeeping). Apostrophes and quote
 * marks are folded, whitespace runs collapse. A topic without keywords is never assigned automatically.
 */
import { byString, fold } from './util';

export interface TopicMatcher {
  /** Topic ids whose keywords occur in `text`, sorted. */
  topicsOf(text: string): string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileTopics(keywords: ReadonlyMap<string, readonly string[]>): TopicMatcher {
  const rules: { id: string; re: RegExp }[] = [];
  for (const [id, list] of [...keywords].sort((a, b) => byString(a[0], b[0]))) {
    const parts = list
      .map((k) => fold(k).toLowerCase())
      .filter(Boolean)
      .map((k) => {
        const prefix = k.endsWith('*');
        const body = escape(prefix ? k.slice(0, -1).trim() : k).replace(/ /g, '\\s+');
        return `${body}${prefix ? '[\\p{L}\\p{N}-]*' : ''}`;
      });
    if (parts.length)
      rules.push({ id, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'iu') });
  }
  return {
    topicsOf(text: string) {
      if (!rules.length) return [];
      const t = fold(text);
      return rules.filter((r) => r.re.test(t)).map((r) => r.id);
    },
  };
}
