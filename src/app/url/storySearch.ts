import { eventKind, isoDate, provenance, stance, type Provenance } from '../../model';
import { FILTER_KEYS, type EventFilters } from '../filters/eventFilters';
import type { Grouping } from '../timeline/timelineItems';

/**
 * Everything about a view that is not the route itself: filters, the visible
 * time window, grouping, search query and, for an article, the sentence.
 * Readable in the address bar: `?actors=macron,starmer&from=2025-02-20`.
 */
export interface StorySearch extends EventFilters {
  /** Visible window of the timeline. */
  start?: string;
  end?: string;
  group?: Grouping;
  q?: string;
  /** `list`: the accessible list view of the same events. */
  view?: 'list';
  /** A sentence id within an opened article. */
  s?: string;
}

/** A parameter that was in the URL but could not be used. */
export interface SearchProblem {
  param: string;
  value: string;
  message: string;
}

const GROUPINGS = ['none', 'actor', 'topic', 'kind'] as const;
const ID = /^[a-z0-9][a-z0-9_-]*$/;

/** The order keys appear in a URL, so equal states give equal URLs. */
const KEY_ORDER: (keyof StorySearch)[] = ['q', ...FILTER_KEYS, 'group', 'view', 'start', 'end', 's'];

const LIST_KEYS = new Set<keyof StorySearch>(['actors', 'topics', 'stances', 'kinds', 'publishers']);

/** Older or hand-written spellings that mean the same parameter. */
const ALIASES: Record<string, keyof StorySearch> = {
  actor: 'actors',
  topic: 'topics',
  stance: 'stances',
  kind: 'kinds',
  publisher: 'publishers',
};

function splitList(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * Turns raw URL parameters into a StorySearch. A bad value is dropped and
 * reported, never silently reset: the rest of the URL still applies.
 */
export function decodeStorySearch(raw: Record<string, unknown>): {
  search: StorySearch;
  problems: SearchProblem[];
} {
  const search: StorySearch = {};
  const problems: SearchProblem[] = [];
  const bad = (param: string, value: string, message: string) => problems.push({ param, value, message });

  for (const [rawKey, rawValue] of Object.entries(raw)) {
    if (rawValue === undefined || rawValue === null) continue;
    const value = String(rawValue);
    const key = (ALIASES[rawKey] ?? rawKey) as keyof StorySearch;
    if (!KEY_ORDER.includes(key)) {
      bad(rawKey, value, 'is not a setting this app knows');
      continue;
    }
    if (LIST_KEYS.has(key)) {
      const values = splitList(value);
      const valid: string[] = [];
      for (const v of values) {
        const ok =
          key === 'stances'
            ? stance.safeParse(v).success
            : key === 'kinds'
              ? eventKind.safeParse(v).success
              : key === 'publishers'
                ? v.length <= 200
                : ID.test(v);
        if (ok) valid.push(v);
        else bad(rawKey, v, `is not a valid ${key.replace(/s$/, '')}`);
      }
      if (valid.length)
        (search as Record<string, string[]>)[key] = [...new Set([...(search[key] ?? []), ...valid])];
      continue;
    }
    switch (key) {
      case 'from':
      case 'to':
      case 'start':
      case 'end':
        if (isoDate.safeParse(value).success) search[key] = value;
        else bad(rawKey, value, 'is not a date written YYYY-MM-DD');
        break;
      case 'provenance':
        if (provenance.safeParse(value).success) search.provenance = value as Provenance;
        else bad(rawKey, value, 'must be "curated" or "extracted"');
        break;
      case 'group':
        if ((GROUPINGS as readonly string[]).includes(value)) search.group = value as Grouping;
        else bad(rawKey, value, `must be one of ${GROUPINGS.join(', ')}`);
        break;
      case 'view':
        if (value === 'list' || value === 'timeline') {
          if (value === 'list') search.view = 'list';
        } else bad(rawKey, value, 'must be "list" or "timeline"');
        break;
      case 'q':
        if (value.trim()) search.q = value.slice(0, 200);
        break;
      case 's':
        if (ID.test(value)) search.s = value;
        else bad(rawKey, value, 'is not a valid sentence id');
        break;
    }
  }
  if (search.from && search.to && search.from > search.to) {
    bad('to', search.to, `is before "from" (${search.from})`);
    delete search.to;
  }
  if (search.start && search.end && search.start >= search.end) {
    bad('end', search.end, `is not after "start" (${search.start})`);
    delete search.start;
    delete search.end;
  }
  if (search.group === 'none') delete search.group;
  return { search, problems };
}

/** StorySearch → URL parameters in a fixed order, lists comma-joined, empties left out. */
export function encodeStorySearch(search: StorySearch): [string, string][] {
  const out: [string, string][] = [];
  for (const key of KEY_ORDER) {
    const value = search[key];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length) out.push([key, value.join(',')]);
    } else if (value !== '') out.push([key, String(value)]);
  }
  return out;
}

export function parseSearchString(searchString: string): Record<string, string> {
  const params = new URLSearchParams(searchString.startsWith('?') ? searchString.slice(1) : searchString);
  const out: Record<string, string> = {};
  // A repeated parameter (`?actors=a&actors=b`) means both values.
  for (const [key, value] of params) out[key] = key in out ? `${out[key]},${value}` : value;
  return out;
}

export function stringifySearch(search: Record<string, unknown>): string {
  const { search: clean } = decodeStorySearch(search);
  const params = new URLSearchParams(encodeStorySearch(clean));
  // Commas are legal in a query string; keeping them unescaped keeps URLs readable.
  const text = params.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}
