/**
 * The whole pipeline in memory, no IO: raw files + curation in, data files and a report out.
 * `buildCorpus` is what build.ts, the tests and the bench call.
 *
 * In:  the raw directory's files (articles and SOURCES.tsv), the curation files' text.
 * Out: `index.json` and `articles/<id>.json` as text, the build report, the articles.
 * Order: curation (gazetteer, outlets, topics) → per article read → clean → metadata → sentences →
 *        dates → actors (article.ts) → curated entries resolved against the sentences → quotes →
 *        events (curated ones win) → index → validate (zod contract + checkIntegrity).
 */
import { SCHEMA_VERSION } from '../model/dataError';
import {
  articleFile,
  dataIndex,
  type Actor,
  type Article,
  type ArticleSummary,
  type DataIndex,
  type Quote,
  type StoryEvent,
} from '../model/schema';
import { assembleDataIndex } from '../model/dataIndex';
import { checkIntegrity } from '../model/integrity';
import { problemsFromZod } from '../model/problems';
import { compileGazetteer, type Gazetteer } from './actors';
import {
  buildArticle,
  cleanBody,
  keepActingPeople,
  readRaw,
  type ArticleBody,
  type ArticleReport,
  type BuiltArticle,
} from './article';
import {
  parseCuration,
  resolveCuration,
  type CurationInput,
  type ParsedCuration,
  type ResolvedCuration,
} from './curation';
import { extractEvents, mergeExtractedEvents } from './events';
import { nameKind, type NameKind } from './names';
import { compileOutlets, type OutletTable } from './outlets';
import { isPageMetadataFile, readPageMetadata, type PageMetadata } from './pageMetadata';
import type { CleanAhead } from './cleanAhead';
import { derivedActor, type LocalPerson } from './people';
import { extractQuotes } from './quotes';
import { officeHolder } from './offices';
import { Antecedents, leadingPronoun, PeopleIndex } from './pronouns';
import { suggestPositions, type SuggestedPosition } from './stances';
import { carriedDates } from './timeframes';
import { groupActsAfter, opensOnGroup, opensOnUnnamedSource } from './collectives';
import { compileTopics, type TopicMatcher } from './topics';
import { articleIdFromFile, parseSources, type RawFile } from './read';
import { byString, fold } from './util';

export type { ArticleReport } from './article';

export interface Candidate {
  name: string;
  count: number;
  articles: string[];
}

export interface BuildReport {
  generatedAt: string;
  articles: ArticleReport[];
  skipped: { file: string; reason: string }[];
  /** Names to consider for actors.yaml (not places, not abbreviations such as "PM" or "TV"). */
  candidates: Candidate[];
  /** Capitalised names of places ("Oval Office", "Downing Street"), listed apart from the candidates. */
  places: Candidate[];
  /**
   * Positions the articles suggest (stances.ts), ready to paste into positions.yaml after a check. They
   * never reach public/data: the explorer shows curated positions only.
   */
  suggestedPositions: SuggestedPosition[];
  /** Speakers of quotes the gazetteer does not know, shown in the explorer as uncurated actors. */
  uncuratedSpeakers: { id: string; name: string; role: string | null; articles: string[] }[];
  warnings: string[];
  errors: string[];
}

export interface BuildResult {
  /** Output path relative to the data directory (`index.json`, `articles/<id>.json`) → file content. */
  files: Map<string, string>;
  index: DataIndex | null;
  articles: Article[];
  report: BuildReport;
}

export interface BuildOptions {
  /** Raw directory as shown in messages, e.g. `data/raw`. */
  rawDir?: string;
  /** Cleans the files on another thread while this one builds articles (cleanAhead.ts; `npm run data`). */
  cleanAhead?: CleanAhead;
}

export const SOURCES_FILE = 'SOURCES.tsv';

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function buildCorpus(
  rawFiles: readonly RawFile[],
  curation: CurationInput,
  options: BuildOptions = {},
): BuildResult {
  const log = new BuildLog(options.rawDir ?? 'data/raw');
  const curated = compileCuration(curation, log);
  const files = [...rawFiles].sort((a, b) => byString(a.name, b.name));
  const sources = readSources(files, log);
  // An article no curated entry cites needs nothing from the other articles to have its quotes, events and
  // suggestions found: they are found as soon as it is built, while the other thread is still cleaning files.
  const cited = citedArticleIds(curated.parsed);
  const early = new Map<BuiltArticle, ArticleFacts>();
  const built = buildArticles(files, sources, curated, log, options.cleanAhead, (b) => {
    if (!cited.has(b.article.id)) early.set(b, articleFacts(b, curated, NOTHING_CURATED));
  });
  const resolved = resolveCuration(curation, curated.parsed, sentenceLookup(built.articles));
  log.errors.push(...resolved.errors);
  const extracted = extractQuotesAndEvents(built.articles, curated, resolved, early);
  const articles = built.articles.map((b) => b.article).sort((a, b) => byString(a.id, b.id));
  const speakers = uncuratedSpeakers(built.articles);
  const index = assembleIndex(articles, curated, resolved, extracted, speakers);
  countEvidence(built.articles, index);
  // After curation errors the contract and integrity checks would only repeat them (a quote pointing at
  // an event that was refused).
  if (!log.errors.length) validate(index, articles, log.errors);
  return {
    files: dataFiles(index, articles),
    index: log.errors.length ? null : index,
    articles,
    report: {
      generatedAt: index.generatedAt,
      articles: built.articles.map((b) => b.report).sort((a, b) => byString(a.id, b.id)),
      skipped: log.skipped,
      candidates: candidateList(built.candidates, 'name'),
      places: candidateList(built.candidates, 'place'),
      suggestedPositions: extracted.suggestions,
      uncuratedSpeakers: speakers.map(({ actor, articles: ids }) => ({
        id: actor.id,
        name: actor.name,
        role: actor.role,
        articles: ids,
      })),
      warnings: log.warnings,
      errors: log.errors,
    },
  };
}

/** Warnings, errors and skipped files, collected in the order they are found. */
class BuildLog {
  readonly warnings: string[] = [];
  readonly errors: string[] = [];
  readonly skipped: { file: string; reason: string }[] = [];
  constructor(readonly rawDir: string) {}

  skip(file: string, reason: string): void {
    this.skipped.push({ file, reason });
    this.warnings.push(`${this.rawDir}/${file}: skipped: ${reason}`);
  }
}

/** What the article stages need from the curation, compiled once. */
interface CompiledCuration {
  parsed: ParsedCuration;
  gazetteer: Gazetteer;
  /** Outlet names for cleaning (cited outlets): outlets.yaml and the curated media actors. */
  outletNames: string[];
  outlets: OutletTable;
  topics: TopicMatcher;
}

/** Curation first: the gazetteer is needed by the article stages. */
function compileCuration(curation: CurationInput, log: BuildLog): CompiledCuration {
  const parsed = parseCuration(curation);
  log.errors.push(...parsed.errors);
  log.warnings.push(...parsed.warnings);
  const gazetteer = compileGazetteer(parsed.actors);
  log.warnings.push(...gazetteer.warnings.map((w) => `${curation.dir}/actors.yaml: ${w}`));
  return {
    parsed,
    gazetteer,
    outletNames: [...parsed.outlets, ...parsed.actors.filter((a) => a.kind === 'media').map((a) => a.name)],
    outlets: compileOutlets(parsed.actors, parsed.outlets),
    topics: compileTopics(parsed.topicKeywords),
  };
}

/** Raw file name → original address, from SOURCES.tsv; each line it cannot use is a warning. */
function readSources(files: readonly RawFile[], log: BuildLog): Map<string, string> {
  const file = files.find((f) => f.name === SOURCES_FILE);
  if (!file) return new Map();
  const where = `${log.rawDir}/${SOURCES_FILE}`;
  if (file.unreadable) log.warnings.push(`${where}: skipped: ${file.unreadable}`);
  const sources = parseSources(new TextDecoder().decode(file.bytes), new Set(files.map((f) => f.name)));
  for (const p of sources.problems) log.warnings.push(`${where}:${p.line}: ${p.message}`);
  return sources.addresses;
}

/**
 * Stages 1–6 for every article file, in name order. A file is skipped (with a warning) when it cannot be
 * read, its id is taken, nothing is left after cleaning, or its body is that of an earlier file.
 */
function buildArticles(
  files: readonly RawFile[],
  sources: ReadonlyMap<string, string>,
  curated: CompiledCuration,
  log: BuildLog,
  cleanAhead?: CleanAhead,
  /** Called with each article once built, unless it is to be read again in the story's year. */
  whenBuilt: (b: BuiltArticle) => void = () => {},
): { articles: BuiltArticle[]; candidates: Map<string, { count: number; articles: Set<string> }> } {
  const bodies = new Map<string, string>(); // body key → file
  const ids = new Map<string, string>(); // article id → file
  const candidates = new Map<string, { count: number; articles: Set<string> }>();
  const pages = readPageMetadata(files, log.rawDir); // `<name>.meta.json` beside `<name>.txt`: not articles
  log.warnings.push(...pages.warnings);
  const built: BuiltArticle[] = [];
  // Only a page with no date and no year keeps its cleaned text, to be read again in the story's year.
  const yearless = new Map<
    number,
    { id: string; file: RawFile; sourceUrl: string | null; body: ArticleBody; page: PageMetadata | null }
  >();
  const articleFiles = files.filter((f) => f.name !== SOURCES_FILE && !isPageMetadataFile(f.name));
  const reads = articleFiles.map(readRaw);
  const cleanedAhead = cleanAhead?.(
    articleFiles.flatMap((file, i) => {
      const read = reads[i] as ReturnType<typeof readRaw>;
      return 'text' in read
        ? [{ name: file.name, text: read.text, sourceUrl: sources.get(file.name) ?? null }]
        : [];
    }),
    curated.outletNames,
  );
  for (const [i, file] of articleFiles.entries()) {
    const read = reads[i] as ReturnType<typeof readRaw>;
    if ('skip' in read) {
      log.skip(file.name, read.skip);
      continue;
    }
    const id = articleIdFromFile(file.name);
    if (ids.has(id)) {
      log.skip(file.name, `its article id "${id}" is already taken by ${ids.get(id)}`);
      continue;
    }
    const sourceUrl = sources.get(file.name) ?? null;
    const body = cleanedAhead?.take(file.name) ?? cleanBody(read.text, sourceUrl, curated.outletNames);
    if ('skip' in body) {
      log.skip(file.name, body.skip);
      continue;
    }
    if (bodies.has(body.key)) {
      log.skip(file.name, `same article as ${bodies.get(body.key)}`);
      continue;
    }
    bodies.set(body.key, file.name);
    ids.set(id, file.name);
    const page = pages.byArticle.get(file.name) ?? null;
    const b = buildArticle(id, file, sourceUrl, body, curated.gazetteer, page);
    if (!b.article.published && body.cleaned.copyrightYear === null)
      yearless.set(built.length, { id, file, sourceUrl, body, page });
    else whenBuilt(b);
    built.push(b);
  }
  // A page that prints no date and no year reads "on May 10" in the year of the story's other articles.
  const storyYear = storyYearOf(built.map((b) => b.article.published));
  if (storyYear !== null)
    for (const [i, a] of yearless)
      built[i] = buildArticle(a.id, a.file, a.sourceUrl, a.body, curated.gazetteer, a.page, storyYear);
  for (const b of built) {
    for (const name of b.candidates) {
      const c = candidates.get(name) ?? { count: 0, articles: new Set<string>() };
      c.count += 1;
      c.articles.add(b.article.id);
      candidates.set(name, c);
    }
    log.warnings.push(...b.report.warnings.map((w) => `${log.rawDir}/${b.article.sourceFile}: ${w}`));
  }
  return { articles: built, candidates };
}

/**
 * The year the story's dated articles were mostly published in, or null when fewer than two are dated or two
 * years are as common. A guess: only a page with no date and no year anywhere is read in it.
 */
export function storyYearOf(published: readonly (Article['published'] | null)[]): number | null {
  const counts = new Map<number, number>();
  for (const p of published)
    if (p && p.confidence !== 'guessed') {
      const year = Number(p.date.slice(0, 4));
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, next] = ranked;
  if (!top || top[1] < 2 || (next && next[1] === top[1])) return null;
  return top[0];
}

/** Article id → its sentences, for resolving curated evidence. */
function sentenceLookup(built: readonly BuiltArticle[]) {
  return new Map(built.map((b) => [b.article.id, b.sentences.map((s) => ({ id: s.id, text: s.text }))]));
}

/** `articleId#sentenceId` → the items citing that sentence. */
function bySentence<T>(
  items: readonly T[],
  cited: (item: T) => readonly { articleId: string; sentenceId: string }[],
) {
  const out = new Map<string, T[]>();
  for (const item of items)
    for (const ev of cited(item)) {
      const key = `${ev.articleId}#${ev.sentenceId}`;
      const list = out.get(key);
      if (list) list.push(item);
      else out.set(key, [item]);
    }
  return out;
}

/**
 * Stages 7–8 for every article: extracted quotes and events, where a curated one on the same sentence
 * wins, with topics from the curation-only keywords and the outlet each sentence credits.
 */
function extractQuotesAndEvents(
  built: readonly BuiltArticle[],
  curated: CompiledCuration,
  resolved: ResolvedCuration,
  early: ReadonlyMap<BuiltArticle, ArticleFacts>,
): ArticleFacts {
  const lookups: CuratedLookups = {
    quotes: bySentence(resolved.quotes, (q) => [q.evidence]),
    events: bySentence(resolved.events, (e) => e.evidence),
    quotesPerArticle: countBy(resolved.quotes, (q) => [q.evidence.articleId]),
    recorded: new Set(
      resolved.positions.flatMap((p) =>
        p.evidence.map((ev) => `${p.actorId}|${p.topicId}|${ev.articleId}#${ev.sentenceId}`),
      ),
    ),
  };
  const all: ArticleFacts = { quotes: [], events: [], suggestions: [] };
  for (const b of built) {
    const facts = early.get(b) ?? articleFacts(b, curated, lookups);
    all.quotes.push(...facts.quotes);
    all.events.push(...facts.events);
    all.suggestions.push(...facts.suggestions);
  }
  return all;
}

/** What stages 7–9 find in an article. */
interface ArticleFacts {
  quotes: Quote[];
  events: StoryEvent[];
  suggestions: SuggestedPosition[];
}

/** The curated entries an article's own findings give way to, by sentence (`articleId#sentenceId`). */
interface CuratedLookups {
  quotes: ReadonlyMap<string, Quote[]>;
  events: ReadonlyMap<string, StoryEvent[]>;
  quotesPerArticle: ReadonlyMap<string, number>;
  /** `actorId|topicId|articleId#sentenceId` of each curated position. */
  recorded: ReadonlySet<string>;
}

/** For an article no curated entry cites. */
const NOTHING_CURATED: CuratedLookups = {
  quotes: new Map(),
  events: new Map(),
  quotesPerArticle: new Map(),
  recorded: new Set(),
};

/** The articles that curated events, quotes and positions cite as evidence. */
function citedArticleIds(parsed: ParsedCuration): Set<string> {
  return new Set(
    [
      ...parsed.events.flatMap((e) => e.evidence),
      ...parsed.quotes.map((q) => q.evidence),
      ...parsed.positions.flatMap((p) => p.evidence),
    ].map((ev) => ev.articleId),
  );
}

/** Stages 7–9 for one article: its quotes, then its events, then the positions it suggests. */
function articleFacts(b: BuiltArticle, curated: CompiledCuration, lookups: CuratedLookups): ArticleFacts {
  const quotes = extractArticleQuotes(b, curated, lookups.quotes);
  // The article's own people are actors only when they act; the others leave before events are made.
  keepActingPeople(b, new Set(quotes.map((q) => q.speakerId).filter((id): id is string => !!id)));
  const events = extractArticleEvents(b, lookups.events, quotes);
  labelBySentence(b, curated, quotes, events);
  b.report.counts.quotes = quotes.length + (lookups.quotesPerArticle.get(b.article.id) ?? 0);
  return { quotes, events, suggestions: articleSuggestions(b, curated, lookups.recorded) };
}

/** Positions the article suggests for curated actors, not already recorded on the same sentence. */
function articleSuggestions(
  b: BuiltArticle,
  curated: CompiledCuration,
  recorded: ReadonlySet<string>,
): SuggestedPosition[] {
  const { id } = b.article;
  return suggestPositions({
    articleId: id,
    published: b.article.published?.date ?? null,
    sentences: b.sentences,
    topics: curated.topics,
    antecedents: new Antecedents(b.sentences, new PeopleIndex(b.sentences, b.gazetteer), b.gazetteer),
    isCurated: (actorId) => curated.gazetteer.byId.has(actorId),
    affiliationOf: (actorId) => curated.gazetteer.byId.get(actorId)?.affiliation ?? null,
    kindOf: (actorId) => curated.gazetteer.byId.get(actorId)?.kind ?? null,
    isRecorded: (actorId, topicId, sentenceId) => recorded.has(`${actorId}|${topicId}|${id}#${sentenceId}`),
  });
}

/** Stage 7 — a curated quote on the same sentence and text wins. */
function extractArticleQuotes(
  b: BuiltArticle,
  curated: CompiledCuration,
  curatedQuotes: ReadonlyMap<string, Quote[]>,
): Quote[] {
  const { article } = b;
  return extractQuotes({
    articleId: article.id,
    sentences: b.sentences,
    gazetteer: b.gazetteer,
    date: article.published?.date ?? null,
    outlets: curated.outlets,
    publisher: article.publisher,
    isTerm: (words) => curated.topics.topicsOf(words).length > 0,
  }).filter((q) => {
    const same = curatedQuotes.get(`${article.id}#${q.evidence.sentenceId}`) ?? [];
    return !same.some((c) => fold(c.text).includes(fold(q.text)) || fold(q.text).includes(fold(c.text)));
  });
}

/** The states or bodies the actors belong to, as the gazetteer records them. */
function affiliationsOf(gazetteer: Gazetteer, actorIds: readonly string[]): string[] {
  const out: string[] = [];
  for (const id of actorIds) {
    const affiliation = gazetteer.byId.get(id)?.affiliation;
    if (affiliation && !actorIds.includes(affiliation)) out.push(affiliation);
  }
  return out;
}

/** Stage 8 — a curated event on the same sentence and date wins. */
function extractArticleEvents(
  b: BuiltArticle,
  curatedEvents: ReadonlyMap<string, StoryEvent[]>,
  quotes: readonly Quote[],
): StoryEvent[] {
  const { article } = b;
  const isPerson = (id: string) => b.gazetteer.byId.get(id)?.kind === 'person';
  const actorIds = actorsWithSubject(b, quotes);
  const timed = b.sentences.map((s, i) => ({
    id: s.id,
    text: s.text,
    paragraph: s.paragraph,
    actorIds: actorIds[i] as string[],
    people: (actorIds[i] as string[]).filter(isPerson),
    affiliations: affiliationsOf(b.gazetteer, actorIds[i] as string[]),
    groups: (actorIds[i] as string[]).filter((id) => b.gazetteer.byId.get(id)?.kind === 'group'),
    unnamedGroup:
      !(actorIds[i] as string[]).length &&
      (opensOnGroup(s.text) ||
        (s.dates.length > 0 && (opensOnUnnamedSource(s.text) || groupActsAfter(s.text)))),
    dates: s.dates,
    entryDate: s.entryDate,
  }));
  return extractEvents({
    articleId: article.id,
    published: article.published?.date ?? null,
    sentences: timed,
    carried: carriedDates(timed, b.captionDates),
    // Dropped when a curated event cites the same sentence and the two date ranges overlap ("later this
    // week" vs the curated Thursday): the curator has read that sentence and dated it more precisely. A
    // curated event on another, disjoint date of the same sentence leaves this one standing.
    isCovered: (sentenceId, date, endDate) =>
      (curatedEvents.get(`${article.id}#${sentenceId}`) ?? []).some(
        (e) => date <= (e.endDate ?? e.date) && endDate >= e.date,
      ),
  });
}

/**
 * Each sentence's actors for its events, with the person a sentence's opening "He" or "She" refers to
 * ("He said he would speak to Putin on Tuesday" is Trump's, named the sentence before) and the speakers of
 * its quotes ("“It is the starting line,” he told reporters on Sunday" is Macron's). "They" is left alone:
 * it is as often a group or several people as the one person a pronoun resolves to.
 */
function actorsWithSubject(b: BuiltArticle, quotes: readonly Quote[]): string[][] {
  const speakers = new Map<string, string[]>();
  for (const q of quotes)
    if (q.speakerId)
      speakers.set(q.evidence.sentenceId, [...(speakers.get(q.evidence.sentenceId) ?? []), q.speakerId]);
  let antecedents: Antecedents | null = null;
  return b.sentences.map((s, i) => {
    const extra = [...(speakers.get(s.id) ?? [])];
    const pronoun = leadingPronoun(s.text);
    if (pronoun === 'he' || pronoun === 'she') {
      antecedents ??= new Antecedents(b.sentences, new PeopleIndex(b.sentences, b.gazetteer), b.gazetteer);
      const who = antecedents.resolve(pronoun, i, 0);
      if (who) extra.push(who);
    }
    // "The prime minister first said …": the person named before who holds that office.
    const holder = officeHolder(b.sentences, i, b.gazetteer);
    if (holder) extra.push(holder);
    const added = extra.filter((id) => !s.actorIdList.includes(id));
    return added.length ? [...new Set([...s.actorIdList, ...added])].sort(byString) : s.actorIdList;
  });
}

/**
 * Topics from the curation-only keywords and the outlet a sentence credits as `reportedBy`. Both belong to
 * the sentence, so each is worked out once per sentence however many quotes and events it holds.
 */
function labelBySentence(
  b: BuiltArticle,
  curated: CompiledCuration,
  quotes: readonly Quote[],
  events: readonly StoryEvent[],
): void {
  const text = new Map(b.sentences.map((s) => [s.id, s.text]));
  const topicsOf = memo((id: string) => curated.topics.topicsOf(text.get(id) ?? ''));
  const creditedIn = memo((id: string) => curated.outlets.credited(text.get(id) ?? '', b.article.publisher));
  for (const q of quotes) q.topicIds = topicsOf(q.evidence.sentenceId);
  for (const e of events) {
    e.topicIds = topicsOf(e.evidence[0]?.sentenceId ?? '');
    for (const ev of e.evidence) {
      const by = creditedIn(ev.sentenceId);
      if (by) ev.reportedBy = by;
    }
  }
}

/**
 * People the gazetteer does not know who speak or act in an article, as actors (people.ts): one per name
 * across articles, in id order, each saying in which articles it appears.
 */
function uncuratedSpeakers(built: readonly BuiltArticle[]): { actor: Actor; articles: string[] }[] {
  const byId = new Map<
    string,
    { person: LocalPerson; titles: string[]; articles: string[]; spellings: Set<string> }
  >();
  for (const b of [...built].sort((x, y) => byString(x.article.id, y.article.id)))
    for (const person of b.people) {
      const entry = byId.get(person.id) ?? { person, titles: [], articles: [], spellings: new Set() };
      entry.titles.push(b.article.title);
      entry.articles.push(b.article.id);
      // One id, several spellings ("J.D. Vance", "J. D. Vance"): each is a name of the one actor.
      entry.spellings.add(person.name);
      if (person.surname) entry.spellings.add(person.surname);
      byId.set(person.id, entry);
    }
  return [...byId.values()]
    .sort((a, b) => byString(a.person.id, b.person.id))
    .map((e) => ({ actor: derivedActor(e.person, e.titles, [...e.spellings]), articles: e.articles }));
}

/** The index: article summaries, actors, topics, curated and merged extracted events, quotes, positions. */
function assembleIndex(
  articles: readonly Article[],
  curated: CompiledCuration,
  resolved: ResolvedCuration,
  extracted: { quotes: Quote[]; events: StoryEvent[] },
  speakers: readonly { actor: Actor }[],
): DataIndex {
  const summaries: ArticleSummary[] = articles.map(({ paragraphs: _paragraphs, ...summary }) => summary);
  const people = new Set(speakers.map((s) => s.actor.id));
  const isPerson = (actorId: string) =>
    people.has(actorId) || curated.gazetteer.byId.get(actorId)?.kind === 'person';
  const events = [...resolved.events, ...mergeExtractedEvents(extracted.events, isPerson)].sort(
    (a, b) => byString(a.date, b.date) || byString(a.id, b.id),
  );
  const published = articles
    .map((a) => a.published?.date)
    .filter((d): d is string => !!d)
    .sort();
  return assembleDataIndex({
    // The newest publication date, not the wall clock: the same input gives the same bytes.
    generatedAt: published[published.length - 1] ?? events[events.length - 1]?.date ?? '1970-01-01',
    articles: summaries,
    actors: [...curated.gazetteer.actors, ...speakers.map((s) => s.actor)],
    topics: [...curated.parsed.topics].sort((a, b) => byString(a.id, b.id)),
    events,
    quotes: [...resolved.quotes, ...extracted.quotes],
    positions: resolved.positions,
  });
}

/** Each article's report counts the events that cite it (curated and merged ones included). */
function countEvidence(built: readonly BuiltArticle[], index: DataIndex): void {
  const perArticle = countBy(index.events, (e) => [...new Set(e.evidence.map((ev) => ev.articleId))]);
  for (const b of built) b.report.counts.events = perArticle.get(b.article.id) ?? 0;
}

function candidateList(
  candidates: ReadonlyMap<string, { count: number; articles: Set<string> }>,
  kind: NameKind,
): Candidate[] {
  return [...candidates]
    .filter(([name]) => nameKind(name) === kind)
    .map(([name, c]) => ({ name, count: c.count, articles: [...c.articles].sort(byString) }))
    .sort((a, b) => b.count - a.count || byString(a.name, b.name));
}

/** Output path relative to the data directory → file content. */
function dataFiles(index: DataIndex, articles: readonly Article[]): Map<string, string> {
  const files = new Map<string, string>([['index.json', toJson(index)]]);
  for (const a of articles)
    files.set(`articles/${a.id}.json`, toJson({ schemaVersion: SCHEMA_VERSION, article: a }));
  return files;
}

/** How many items name each key (an item naming a key twice counts once). */
function countBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of keys(item)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

function memo<V>(compute: (key: string) => V): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key) as V;
  };
}

function validate(index: DataIndex, articles: readonly Article[], errors: string[]): void {
  const indexCheck = dataIndex.safeParse(index);
  if (!indexCheck.success) {
    for (const p of problemsFromZod(indexCheck.error)) errors.push(`index.json ${p.path}: ${p.message}`);
  }
  for (const a of articles) {
    const check = articleFile.safeParse({ schemaVersion: SCHEMA_VERSION, article: a });
    if (!check.success) {
      for (const p of problemsFromZod(check.error))
        errors.push(`articles/${a.id}.json article.${p.path}: ${p.message}`);
    }
  }
  for (const p of checkIntegrity(index, new Map(articles.map((a) => [a.id, a]))))
    errors.push(`index.json ${p.path}: ${p.message}`);
}
