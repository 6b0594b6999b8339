/**
 * Which outlet a sentence credits (`reportedBy`): "the Financial Times (FT) reported", "Sources told the
 * BBC", "EU diplomats told Politico", "Politico wrote", "according to Reuters", "who spoke to the FT",
 * "citing Bloomberg". Outlet spellings come from the curated media actors (name + aliases, shown under the
 * actor's name), `outlets.yaml` and KNOWN_OUTLETS. The article's own publisher is never credited.
 */
import type { Actor } from '../model/schema';
import { KNOWN_OUTLETS } from './publishers';
import { escapeRegExp } from './util';

export interface OutletTable {
  /** The outlet (display name) a sentence credits, or null. */
  credited(sentence: string, self: string | null): string | null;
  /** Descriptions tied to an outlet in this text: "The French official who spoke to the FT" → french official. */
  ties(sentence: string, self: string | null): { description: string; outlet: string }[];
}

const VERBS =
  '(?:reported|reports|wrote|writes|said|says|revealed|reveals|first reported|was first to report|cited|quoted|published|broke the news)';

export function compileOutlets(actors: readonly Actor[], extra: readonly string[] = []): OutletTable {
  const display = new Map<string, string>(); // spelling → display name
  for (const a of actors) {
    if (a.kind !== 'media') continue;
    for (const sp of [a.name, ...a.aliases]) display.set(sp.replace(/^the\s+/i, ''), a.name);
  }
  for (const name of [...KNOWN_OUTLETS, ...extra]) {
    const bare = name.replace(/^the\s+/i, '');
    if (!display.has(bare)) display.set(bare, name);
  }
  const spellings = [...display.keys()]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escapeRegExp);
  if (!spellings.length) return { credited: () => null, ties: () => [] };
  const S = `(?:the\\s+|The\\s+)?(${spellings.join('|')})(?![\\p{L}\\p{N}])`;
  const patterns = [
    new RegExp(
      `\\b(?:told|tells|telling|spoke to|spoke with|speaking to|speaking with|said to|in an interview with|interviewed by)\\s+${S}`,
      'gu',
    ),
    new RegExp(
      `\\baccording to\\s+(?:(?:a|an)\\s+(?:report|article|story|investigation)\\s+(?:by|in|from)\\s+)?${S}`,
      'gu',
    ),
    new RegExp(
      `\\b(?:citing|cited by|quoted by|reported by|(?:a\\s+)?report(?:ed)?\\s+(?:in|by))\\s+${S}`,
      'gu',
    ),
    new RegExp(
      `(?<![\\p{L}\\p{N}])${S}(?:\\s*\\([^()]{1,12}\\))?\\s+(?:also\\s+|first\\s+|previously\\s+|later\\s+)?${VERBS}\\b`,
      'gu',
    ),
  ];
  const isSelf = (name: string, self: string | null) =>
    !!self && (name === self || name.replace(/^the\s+/i, '') === self.replace(/^the\s+/i, ''));

  const credited = (sentence: string, self: string | null): string | null => {
    let best: { at: number; name: string } | null = null;
    for (const re of patterns) {
      for (const m of sentence.matchAll(re)) {
        const name = display.get(m[1] as string) as string;
        if (isSelf(name, self)) continue;
        if (!best || (m.index ?? 0) < best.at) best = { at: m.index ?? 0, name };
      }
    }
    return best ? best.name : null;
  };

  const tieRe = new RegExp(
    `\\b(?:an?|the|one)\\s+((?:[\\p{L}.’'-]+\\s+){0,4}?[\\p{L}’'-]+)\\s*,?\\s+who\\s+(?:spoke|talked|has spoken)\\s+(?:to|with)\\s+${S}`,
    'giu',
  );
  const ties = (sentence: string, self: string | null) => {
    const out: { description: string; outlet: string }[] = [];
    for (const m of sentence.matchAll(tieRe)) {
      const name = display.get(m[2] as string) as string;
      if (!isSelf(name, self)) out.push({ description: (m[1] as string).toLowerCase(), outlet: name });
    }
    return out;
  };
  return { credited, ties };
}
