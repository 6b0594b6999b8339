/**
 * The whole pipeline in memory, no IO: raw files + curation in, data files
 * and a report out. `buildCorpus` is what build.ts, the tests and the bench
 * call. Stage order: read → clean → metadata → sentences → dates → actors →
 * quotes → events (+ curation merge) → validate.
 */
import {
  articleFile,
  dataIndex,
  SCHEMA_VERSION,
  type Article,
  type ArticleSummary,
  type DataIndex,
  type Paragraph,
  type Quote,
  type StoryEvent,
} from '../model/schema';
import { assembleDataIndex } from '../model/dataIndex';
import { checkIntegrity } from '../model/integrity';
import { problemsFromZod } from '../model/problems';
import { compileGazetteer, type ActorMatch } from './actors';
import { cleanArticle, type RemovedBlock } from './clean';
import { parseCuration, resolveCuration, type CurationInput, type SentenceLookup } from './curation';
import { extractDates, toMention, type FoundDate } from './dates';
import { extractEvents, mergeExtractedEvents } from './events';
import { extractMetadata } from './metadata';
import { publisherFromUrl as publisherNameFromUrl } from './publishers';
import { compileOutlets } from './outlets';
import { extractQuotes, type QuoteSentence } from './quotes';
import { compileTopics } from './topics';
import { articleIdFromFile, parseSources, readArticle, type RawFile } from './read';
import { sentenceIds, splitSentences } from './sentences';
import { byString, fold, sha1Hex } from './util';

export interface ArticleReport {
  id: string;
  file: string;
  title: string;
  titleDerived: boolean;
  publisher: string | null;
  author: string | null;
  published: { date: string; method: string; confidence: string } | null;
  counts: {
    paragraphs: number;
    sentences: number;
    actors: number;
    mentions: number;
    dates: number;
    quotes: number;
    events: number;
  };
  notes: string[];
  warnings: string[];
  removed: RemovedBlock[];
}

export interface Candidate {
  name: string;
  count: number;
  articles: string[];
}

export interface BuildReport {
  generatedAt: string;
  articles: ArticleReport[];
  skipped: { file: string; reason: string }[];
  candidates: Candidate[];
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
}

export const SOURCES_FILE = 'SOURCES.tsv';

interface Working {
  article: Article;
  report: ArticleReport;
  sentences: (QuoteSentence & { dates: FoundDate[]; actorIdList: string[] })[];
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function buildCorpus(
  rawFiles: readonly RawFile[],
  curation: CurationInput,
  options: BuildOptions = {},
): BuildResult {
  const rawDir = options.rawDir ?? 'data/raw';
  const warnings: string[] = [];
  const errors: string[] = [];
  const skipped: { file: string; reason: string }[] = [];

  // Curation first: the gazetteer is needed by the article stages.
  const parsed = parseCuration(curation);
  errors.push(...parsed.errors);
  warnings.push(...parsed.warnings);
  const gazetteer = compileGazetteer(parsed.actors);
  warnings.push(...gazetteer.warnings.map((w) => `${curation.dir}/actors.yaml: ${w}`));
  const outlets = [...parsed.outlets, ...parsed.actors.filter((a) => a.kind === 'media').map((a) => a.name)];
  const outletTable = compileOutlets(parsed.actors, parsed.outlets);
  const topicMatcher = compileTopics(parsed.topicKeywords);

  const files = [...rawFiles].sort((a, b) => byString(a.name, b.name));
  const sourcesFile = files.find((f) => f.name === SOURCES_FILE);
  const parsedSources = sourcesFile
    ? parseSources(new TextDecoder().decode(sourcesFile.bytes), new Set(files.map((f) => f.name)))
    : { addresses: new Map<string, string>(), problems: [] };
  if (sourcesFile?.unreadable) warnings.push(`${rawDir}/${SOURCES_FILE}: skipped: ${sourcesFile.unreadable}`);
  for (const p of parsedSources.problems) warnings.push(`${rawDir}/${SOURCES_FILE}:${p.line}: ${p.message}`);
  const sources = parsedSources.addresses;

  const working: Working[] = [];
  const bodies = new Map<string, string>(); // body hash → file
  const ids = new Map<string, string>(); // article id → file
  const candidates = new Map<string, { count: number; articles: Set<string> }>();

  for (const file of files) {
    if (file.name === SOURCES_FILE) continue;
    const where = `${rawDir}/${file.name}`;
    const skip = (reason: string) => {
      skipped.push({ file: file.name, reason });
      warnings.push(`${where}: skipped: ${reason}`);
    };
    if (!file.name.toLowerCase().endsWith('.txt')) {
      skip('not a .txt article file');
      continue;
    }
    // 1. read
    const read = file.unreadable ? { ok: false as const, reason: file.unreadable } : readArticle(file.bytes);
    if (!read.ok) {
      skip(read.reason);
      continue;
    }
    const id = articleIdFromFile(file.name);
    if (ids.has(id)) {
      skip(`its article id "${id}" is already taken by ${ids.get(id)}`);
      continue;
    }
    const sourceUrl = sources.get(file.name) ?? null;
    // 2. clean
    const cleaned = cleanArticle(read.text, { publisher: publisherNameFromUrl(sourceUrl), outlets });
    if (!cleaned.paragraphs.length) {
      skip('no article text left after removing boilerplate');
      continue;
    }
    const bodyKey = sha1Hex(fold(cleaned.paragraphs.join(' ')).toLowerCase(), 16);
    const firstFile = bodies.get(bodyKey);
    if (firstFile) {
      skip(`same article as ${firstFile}`);
      continue;
    }
    bodies.set(bodyKey, file.name);
    ids.set(id, file.name);
    // 3. metadata
    const meta = extractMetadata(cleaned, sourceUrl, id);
    const articleWarnings: string[] = [];
    if (!meta.published) {
      articleWarnings.push(
        'no recognisable publication date (no date line, URL date or caption year): built with published null, relative dates ("on Thursday", "this week") left unresolved',
      );
    }
    const pub = meta.published?.date ?? null;
    // 4. sentences, 5. dates, 6. actors
    const texts: { text: string; paragraph: number }[] = [];
    cleaned.paragraphs.forEach((p, pi) => {
      for (const s of splitSentences(p)) texts.push({ text: s, paragraph: pi });
    });
    const sids = sentenceIds(texts.map((t) => t.text));
    const mentionCounts = new Map<string, number>();
    const sentences: Working['sentences'] = texts.map((t, i) => {
      const dates = extractDates(t.text, pub);
      const actors: ActorMatch[] = gazetteer.match(t.text, pub);
      for (const a of actors) mentionCounts.set(a.actorId, (mentionCounts.get(a.actorId) ?? 0) + 1);
      for (const name of gazetteer.candidates(t.text, actors)) {
        const c = candidates.get(name) ?? { count: 0, articles: new Set<string>() };
        c.count += 1;
        c.articles.add(id);
        candidates.set(name, c);
      }
      const actorIdList = [...new Set(actors.map((a) => a.actorId))].sort(byString);
      return { id: sids[i] as string, text: t.text, paragraph: t.paragraph, actors, dates, actorIdList };
    });
    const paragraphs: Paragraph[] = [];
    for (const s of sentences) {
      const p = (paragraphs[s.paragraph] ??= { sentences: [] });
      p.sentences.push({ id: s.id, text: s.text, actorIds: s.actorIdList, dates: s.dates.map(toMention) });
    }
    const article: Article = {
      id,
      sourceFile: file.name,
      sourceUrl,
      title: meta.title,
      titleDerived: meta.titleDerived,
      publisher: meta.publisher,
      author: meta.author,
      published: meta.published,
      citedOutlets: cleaned.citedOutlets,
      mentions: [...mentionCounts]
        .map(([actorId, count]) => ({ actorId, count }))
        .sort((a, b) => b.count - a.count || byString(a.actorId, b.actorId)),
      sentenceCount: sentences.length,
      paragraphs: paragraphs.filter((p) => p.sentences.length > 0),
    };
    warnings.push(...articleWarnings.map((w) => `${where}: ${w}`));
    working.push({
      article,
      sentences,
      report: {
        id,
        file: file.name,
        title: meta.title,
        titleDerived: meta.titleDerived,
        publisher: meta.publisher,
        author: meta.author,
        published: meta.published
          ? {
              date: meta.published.date,
              method: meta.published.method,
              confidence: meta.published.confidence,
            }
          : null,
        counts: {
          paragraphs: article.paragraphs.length,
          sentences: sentences.length,
          actors: mentionCounts.size,
          mentions: [...mentionCounts.values()].reduce((a, b) => a + b, 0),
          dates: sentences.reduce((n, s) => n + s.dates.length, 0),
          quotes: 0,
          events: 0,
        },
        notes: meta.notes,
        warnings: articleWarnings,
        removed: cleaned.removed,
      },
    });
  }

  // Curation merge: evidence resolved against the built sentences.
  const lookup = new Map<string, SentenceLookup[]>(
    working.map((w) => [w.article.id, w.sentences.map((s) => ({ id: s.id, text: s.text }))]),
  );
  const resolved = resolveCuration(curation, parsed, lookup);
  errors.push(...resolved.errors);

  const curatedQuotesBySentence = new Map<string, Quote[]>();
  for (const q of resolved.quotes) {
    const key = `${q.evidence.articleId}#${q.evidence.sentenceId}`;
    curatedQuotesBySentence.set(key, [...(curatedQuotesBySentence.get(key) ?? []), q]);
  }
  const curatedEventsBySentence = new Map<string, StoryEvent[]>();
  for (const e of resolved.events) {
    for (const ev of e.evidence) {
      const key = `${ev.articleId}#${ev.sentenceId}`;
      curatedEventsBySentence.set(key, [...(curatedEventsBySentence.get(key) ?? []), e]);
    }
  }

  const curatedQuotesPerArticle = countBy(resolved.quotes, (q) => [q.evidence.articleId]);
  const extractedQuotes: Quote[] = [];
  const extractedEvents: StoryEvent[] = [];
  for (const w of working) {
    const pub = w.article.published?.date ?? null;
    // 7. quotes — a curated quote on the same sentence and text wins.
    const quotes = extractQuotes({
      articleId: w.article.id,
      sentences: w.sentences,
      gazetteer,
      date: pub,
      outlets: outletTable,
      publisher: w.article.publisher,
    }).filter((q) => {
      const curated = curatedQuotesBySentence.get(`${w.article.id}#${q.evidence.sentenceId}`) ?? [];
      return !curated.some((c) => fold(c.text).includes(fold(q.text)) || fold(q.text).includes(fold(c.text)));
    });
    // 8. events — a curated event on the same sentence and date wins.
    const events = extractEvents({
      articleId: w.article.id,
      published: pub,
      sentences: w.sentences.map((s) => ({
        id: s.id,
        text: s.text,
        actorIds: s.actorIdList,
        dates: s.dates,
      })),
      // Dropped when a curated event cites the same sentence and the two date ranges overlap ("later this
      // week" vs the curated Thursday): the curator has read that sentence and dated it more precisely. A
      // curated event on another, disjoint date of the same sentence leaves this one standing.
      isCovered: (sentenceId, date, endDate) =>
        (curatedEventsBySentence.get(`${w.article.id}#${sentenceId}`) ?? []).some(
          (e) => date <= (e.endDate ?? e.date) && endDate >= e.date,
        ),
    });
    // Topics from the curation-only keywords; the outlet a sentence credits as `reportedBy`. Both belong to
    // the sentence, so each is worked out once per sentence however many quotes and events it holds.
    const text = new Map(w.sentences.map((s) => [s.id, s.text]));
    const topicsOf = memo((id: string) => topicMatcher.topicsOf(text.get(id) ?? ''));
    const creditedIn = memo((id: string) => outletTable.credited(text.get(id) ?? '', w.article.publisher));
    for (const q of quotes) q.topicIds = topicsOf(q.evidence.sentenceId);
    for (const e of events) {
      e.topicIds = topicsOf(e.evidence[0]?.sentenceId ?? '');
      for (const ev of e.evidence) {
        const by = creditedIn(ev.sentenceId);
        if (by) ev.reportedBy = by;
      }
    }
    w.report.counts.quotes = quotes.length + (curatedQuotesPerArticle.get(w.article.id) ?? 0);
    extractedQuotes.push(...quotes);
    extractedEvents.push(...events);
  }

  const articles = working.map((w) => w.article).sort((a, b) => byString(a.id, b.id));
  const summaries: ArticleSummary[] = articles.map((a) => {
    const { paragraphs: _paragraphs, ...summary } = a;
    return summary;
  });
  const dates = articles
    .map((a) => a.published?.date)
    .filter((d): d is string => !!d)
    .sort();
  const mergedEvents = mergeExtractedEvents(
    extractedEvents,
    (actorId) => gazetteer.byId.get(actorId)?.kind === 'person',
  );
  const events = [...resolved.events, ...mergedEvents].sort(
    (a, b) => byString(a.date, b.date) || byString(a.id, b.id),
  );
  const eventsPerArticle = countBy(events, (e) => [...new Set(e.evidence.map((ev) => ev.articleId))]);
  for (const w of working) w.report.counts.events = eventsPerArticle.get(w.article.id) ?? 0;
  const quotes = [...resolved.quotes, ...extractedQuotes];
  const candidateList: Candidate[] = [...candidates]
    .map(([name, c]) => ({ name, count: c.count, articles: [...c.articles].sort(byString) }))
    .sort((a, b) => b.count - a.count || byString(a.name, b.name));

  const index = assembleDataIndex({
    generatedAt: dates[dates.length - 1] ?? events[events.length - 1]?.date ?? '1970-01-01',
    articles: summaries,
    actors: [...gazetteer.actors],
    topics: [...parsed.topics].sort((a, b) => byString(a.id, b.id)),
    events,
    quotes,
    positions: resolved.positions,
  });

  // Validate through the shared contract and the integrity rules (after curation errors these would only
  // repeat them, e.g. a quote pointing at an event that was refused).
  const outFiles = new Map<string, string>();
  if (!errors.length) validate(index, articles, errors);
  outFiles.set('index.json', toJson(index));
  for (const a of articles)
    outFiles.set(`articles/${a.id}.json`, toJson({ schemaVersion: SCHEMA_VERSION, article: a }));

  const report: BuildReport = {
    generatedAt: index.generatedAt,
    articles: working.map((w) => w.report).sort((a, b) => byString(a.id, b.id)),
    skipped,
    candidates: candidateList,
    warnings,
    errors,
  };
  return { files: outFiles, index: errors.length ? null : index, articles, report };
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
