import MiniSearch, { type SearchResult } from 'minisearch';
import type { Actor, Article, ArticleSummary, DataIndex, Quote, StoryEvent } from '../../model/core';

export type SearchResultType = 'event' | 'quote' | 'actor' | 'article';

/** The fixed order of result groups. */
export const SEARCH_RESULT_TYPES = [
  'event',
  'quote',
  'actor',
  'article',
] as const satisfies readonly SearchResultType[];

export interface SearchHit {
  /** The id of the event, quote, actor or article. */
  id: string;
  /** What to show as the result's heading. */
  title: string;
  /** The piece of the item's text that matches the most query terms, shortened around the match. */
  snippet: string;
  score: number;
  /** The indexed words that matched (lower case, accents removed): pass to `highlightMatches`. */
  terms: string[];
}

export interface SearchGroup {
  type: SearchResultType;
  /** The best `limit` hits, best first. */
  results: SearchHit[];
  /** How many hits of this type there were before the limit. */
  total: number;
}

export interface SearchOutcome {
  /**
   * `all`: every hit contains every query word (or a prefix/typo of it).
   * `any`: no item had them all, so these contain at least one. `none`: nothing.
   */
  mode: 'all' | 'any' | 'none';
  /** Only types with hits, in SEARCH_RESULT_TYPES order. */
  groups: SearchGroup[];
}

export interface StorySearchIndex {
  /** Hits grouped by type in fixed order, at most `limitPerType` per type. Empty query → []. */
  search(query: string, limitPerType?: number): SearchGroup[];
  /** As `search`, and says whether the query matched with all words or fell back to any word. */
  searchWithMode(query: string, limitPerType?: number): SearchOutcome;
  /** Ids of every item of one type matching the query (same all→any rule), e.g. to filter the timeline by `q`. */
  matchingIds(query: string, type: SearchResultType): Set<string>;
  /**
   * Makes article bodies searchable once they are loaded. Articles already
   * indexed with a body are skipped. Returns how many were added: the index
   * is mutable, so a UI can bump its state when this is positive.
   */
  addArticles(articles: readonly Article[]): number;
  /** How many items are searchable. */
  readonly size: number;
}

interface SearchDoc {
  key: string;
  title: string;
  /** Longer text: summaries, quotes, sentences, roles. */
  text: string;
  /** Other names: speaker labels, aliases, publisher and author. */
  names: string;
}

interface DocInfo {
  type: SearchResultType;
  id: string;
  title: string;
  /** Candidate snippets, in order of preference when equally good. */
  pieces: string[];
}

/**
 * A word is a run of letters and digits, for indexing, querying and
 * highlighting alike, so "<b>Meloni</b>" or "€5bn" still hold "meloni", "5bn".
 */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const SPLIT = /[^\p{L}\p{M}\p{N}]+/u;
const tokenize = (text: string) => text.split(SPLIT);
const SNIPPET_LENGTH = 180;
const TITLE_LENGTH = 100;

/** Lower case without accents, so "Sánchez" and "sanchez" match. */
export function foldTerm(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const docKey = (type: SearchResultType, id: string) => `${type}:${id}`;

function eventDoc(event: StoryEvent): [SearchDoc, DocInfo] {
  const quotes = event.evidence.map((e) => e.quote);
  const pieces = [event.summary, ...quotes].filter(Boolean);
  return [
    { key: docKey('event', event.id), title: event.title, text: pieces.join('\n'), names: '' },
    { type: 'event', id: event.id, title: event.title, pieces: pieces.length ? pieces : [event.title] },
  ];
}

function quoteDoc(quote: Quote): [SearchDoc, DocInfo] {
  return [
    { key: docKey('quote', quote.id), title: '', text: quote.text, names: quote.speakerLabel },
    {
      type: 'quote',
      id: quote.id,
      title: `${quote.speakerLabel}: “${shorten(quote.text, TITLE_LENGTH)}”`,
      pieces: [quote.text],
    },
  ];
}

function actorDoc(actor: Actor): [SearchDoc, DocInfo] {
  const roles = [...new Set([actor.role, ...actor.roles.map((r) => r.title)].filter((r) => r != null))];
  const pieces = [...roles, actor.aliases.join(', '), actor.description ?? ''].filter(Boolean);
  return [
    {
      key: docKey('actor', actor.id),
      title: actor.name,
      text: [...roles, actor.description ?? ''].join('\n'),
      names: actor.aliases.join('\n'),
    },
    { type: 'actor', id: actor.id, title: actor.name, pieces: pieces.length ? pieces : [actor.name] },
  ];
}

function articleDoc(summary: ArticleSummary, body: Article | undefined): [SearchDoc, DocInfo] {
  const byline = [summary.publisher, summary.author].filter((v) => v != null).join(' · ');
  const sentences = body ? body.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)) : [];
  const pieces = [...sentences, byline].filter(Boolean);
  return [
    {
      key: docKey('article', summary.id),
      title: summary.title,
      text: sentences.join('\n'),
      names: [summary.publisher, summary.author].filter((v) => v != null).join('\n'),
    },
    {
      type: 'article',
      id: summary.id,
      title: summary.title,
      pieces: pieces.length ? pieces : [summary.title],
    },
  ];
}

/** The distinct folded terms the words of `text` start with. */
function matchedTermCount(text: string, terms: readonly string[]): number {
  const found = new Set<string>();
  for (const [word] of text.matchAll(WORD)) {
    const folded = foldTerm(word);
    for (const term of terms) if (folded.startsWith(term)) found.add(term);
    if (found.size === terms.length) break;
  }
  return found.size;
}

/** A window of `piece` around its first matching word, cut at word boundaries. */
function windowAround(piece: string, terms: readonly string[]): string {
  if (piece.length <= SNIPPET_LENGTH) return piece;
  let first = 0;
  for (const match of piece.matchAll(WORD)) {
    const folded = foldTerm(match[0]);
    if (terms.some((t) => folded.startsWith(t))) {
      first = match.index;
      break;
    }
  }
  let start = Math.max(0, first - 60);
  if (start > 0) {
    const space = piece.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : first;
  }
  let end = Math.min(piece.length, start + SNIPPET_LENGTH);
  if (end < piece.length) {
    const space = piece.lastIndexOf(' ', end);
    if (space > first) end = space;
  }
  return `${start > 0 ? '…' : ''}${piece.slice(start, end).trim()}${end < piece.length ? '…' : ''}`;
}

function bestSnippet(pieces: readonly string[], terms: readonly string[]): string {
  const folded = [...new Set(terms.map(foldTerm).filter(Boolean))];
  let best = pieces[0] ?? '';
  let bestCount = 0;
  for (const piece of pieces) {
    const count = matchedTermCount(piece, folded);
    if (count > bestCount) [best, bestCount] = [piece, count];
    if (bestCount === folded.length) break;
  }
  return windowAround(best, folded);
}

const processTerm = (term: string) => foldTerm(term) || null;

/**
 * A full-text index over events (title, summary, evidence quotes), quotes
 * (text, speaker label), actors (name, aliases, roles, description) and
 * articles (title, publisher, author and, once given, body sentences).
 *
 * Every query word matches as a prefix ("zelensk" → Zelensky, Zelenskyy) and,
 * from four letters on, with typos (up to 20 % of its letters). Results must
 * contain every query word; only when nothing does are results with any word
 * returned instead (`mode: 'any'`), decided over all types together so that
 * the groups never mix the two rules.
 */
export function createStorySearch(index: DataIndex, articles: readonly Article[] = []): StorySearchIndex {
  const prepared = prepareStorySearch(index, articles);
  prepared.miniSearch.addAll(prepared.docs);
  return searchOver(prepared);
}

/** How many documents are indexed between two pauses that let the page respond. */
const INDEX_CHUNK = 1000;

/**
 * As `createStorySearch`, but indexes in chunks with pauses between them, so a large story
 * (tens of thousands of events) never freezes the page while its search index is built.
 */
export async function buildStorySearch(index: DataIndex): Promise<StorySearchIndex> {
  const prepared = prepareStorySearch(index, []);
  await prepared.miniSearch.addAllAsync(prepared.docs, { chunkSize: INDEX_CHUNK });
  return searchOver(prepared);
}

interface PreparedSearch {
  miniSearch: MiniSearch<SearchDoc>;
  docs: SearchDoc[];
  infos: Map<string, DocInfo>;
  withBody: Set<string>;
}

function prepareStorySearch(index: DataIndex, articles: readonly Article[]): PreparedSearch {
  const infos = new Map<string, DocInfo>();
  const withBody = new Set<string>();
  const miniSearch = new MiniSearch<SearchDoc>({
    idField: 'key',
    fields: ['title', 'text', 'names'],
    storeFields: [],
    tokenize,
    processTerm,
    searchOptions: {
      boost: { title: 2, names: 1.5 },
      prefix: true,
      fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
    },
  });

  const docs: SearchDoc[] = [];
  const put = ([doc, info]: [SearchDoc, DocInfo]) => {
    if (infos.has(doc.key)) return; // a duplicate id: the first one wins
    docs.push(doc);
    infos.set(doc.key, info);
  };
  const bodies = new Map(articles.map((a) => [a.id, a]));
  index.events.forEach((e) => put(eventDoc(e)));
  index.quotes.forEach((q) => put(quoteDoc(q)));
  index.actors.forEach((a) => put(actorDoc(a)));
  for (const summary of index.articles) {
    const body = bodies.get(summary.id);
    if (body) withBody.add(summary.id);
    put(articleDoc(summary, body));
  }
  for (const body of articles) {
    if (withBody.has(body.id)) continue;
    withBody.add(body.id);
    put(articleDoc(body, body));
  }
  return { miniSearch, docs, infos, withBody };
}

function searchOver({ miniSearch, infos, withBody }: PreparedSearch): StorySearchIndex {
  const run = (query: string): { mode: SearchOutcome['mode']; hits: SearchResult[] } => {
    if (!query.split(SPLIT).some((w) => foldTerm(w))) return { mode: 'none', hits: [] };
    const all = miniSearch.search(query, { combineWith: 'AND' });
    if (all.length) return { mode: 'all', hits: all };
    const any = miniSearch.search(query, { combineWith: 'OR' });
    return { mode: any.length ? 'any' : 'none', hits: any };
  };

  const searchWithMode = (query: string, limitPerType = 5): SearchOutcome => {
    const { mode, hits } = run(query);
    const groups = new Map<SearchResultType, SearchGroup>(
      SEARCH_RESULT_TYPES.map((type) => [type, { type, results: [], total: 0 }]),
    );
    for (const hit of hits) {
      const info = infos.get(String(hit.id));
      if (!info) continue;
      const group = groups.get(info.type)!;
      group.total += 1;
      if (group.results.length >= limitPerType) continue;
      group.results.push({
        id: info.id,
        title: info.title,
        snippet: bestSnippet(info.pieces, hit.terms),
        score: hit.score,
        terms: hit.terms,
      });
    }
    return { mode, groups: [...groups.values()].filter((g) => g.total > 0) };
  };

  return {
    search: (query, limitPerType) => searchWithMode(query, limitPerType).groups,
    searchWithMode,
    matchingIds(query, type) {
      const ids = new Set<string>();
      for (const hit of run(query).hits) {
        const info = infos.get(String(hit.id));
        if (info?.type === type) ids.add(info.id);
      }
      return ids;
    },
    addArticles(loaded) {
      let added = 0;
      for (const article of loaded) {
        if (withBody.has(article.id)) continue;
        withBody.add(article.id);
        const [doc, info] = articleDoc(article, article);
        if (miniSearch.has(doc.key)) miniSearch.replace(doc);
        else miniSearch.add(doc);
        infos.set(doc.key, info);
        added += 1;
      }
      return added;
    },
    get size() {
      return miniSearch.documentCount;
    },
  };
}

export interface HighlightSegment {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into plain segments, marking each word that starts with one
 * of `terms` (case- and accent-insensitive). The segments join back to
 * `text` exactly; render matches as <mark> elements, never as HTML.
 */
export function highlightMatches(text: string, terms: readonly string[]): HighlightSegment[] {
  if (!text) return [];
  const folded = [...new Set(terms.map(foldTerm).filter(Boolean))];
  if (!folded.length) return [{ text, match: false }];
  const segments: HighlightSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const word = foldTerm(match[0]);
    if (!folded.some((term) => word.startsWith(term))) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index), match: false });
    segments.push({ text: match[0], match: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}
