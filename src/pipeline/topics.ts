/**
 * Topics for extracted events and quotes, from the optional curation-only `keywords:` list of each topic in
 * topics.yaml (never written out). A keyword is a case-insensitive phrase matched on word boundaries;
 * a trailing `*` matches any ending (`peacekeep*` → peacekeepers, peacekeeping). Apostrophes and quote
 * marks are folded, whitespace runs collapse. A topic without keywords is never assigned automatically.
 */
import { byString, escapeRegExp, fold, foldWithMap } from './util';

export interface TopicMatcher {
  /** Topic ids whose keywords occur in `text`, sorted. */
  topicsOf(text: string): string[];
  /** Where each topic's keywords occur in `text` (indices into `text` itself), in text order. */
  occurrences(text: string): { topicId: string; index: number; end: number }[];
}

export function compileTopics(keywords: ReadonlyMap<string, readonly string[]>): TopicMatcher {
  const rules: { id: string; re: RegExp }[] = [];
  for (const [id, list] of [...keywords].sort((a, b) => byString(a[0], b[0]))) {
    const parts = list
      .map((k) => fold(k).toLowerCase())
      .filter(Boolean)
      .map((k) => {
        const prefix = k.endsWith('*');
        const body = escapeRegExp(prefix ? k.slice(0, -1).trim() : k).replace(/ /g, '\\s+');
        return `${body}${prefix ? '[\\p{L}\\p{N}-]*' : ''}`;
      });
    if (parts.length)
      rules.push({ id, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'iu') });
  }
  const global = rules.map((r) => ({ id: r.id, re: new RegExp(r.re.source, 'giu') }));
  return {
    topicsOf(text: string) {
      if (!rules.length) return [];
      const t = fold(text);
      return rules.filter((r) => r.re.test(t)).map((r) => r.id);
    },
    occurrences(text: string) {
      if (!rules.length) return [];
      // Most sentences name no topic: found out on the plain folded text before building the map.
      const plain = fold(text);
      if (!rules.some((r) => r.re.test(plain))) return [];
      // Folding keeps one character for one (quotes) but collapses space runs: map back through `map`.
      const { folded, map } = foldWithMap(text);
      const out: { topicId: string; index: number; end: number }[] = [];
      for (const r of global)
        for (const m of folded.matchAll(r.re)) {
          const at = m.index ?? 0;
          out.push({
            topicId: r.id,
            index: map[at] as number,
            end: (map[at + m[0].length - 1] as number) + 1,
          });
        }
      return out.sort((a, b) => a.index - b.index);
    },
  };
}
