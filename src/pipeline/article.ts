/**
 * Stages 1–6 for one raw file, in memory: read → clean → metadata → sentences → dates → actors.
 *
 * In:  the raw file, its address from SOURCES.tsv, the compiled gazetteer and the outlet names.
 * Out: the article in the contract's shape, its sentences with what the later stages need (actor
 *      matches, dates with their tense), its entry for the build report and the unknown capitalised
 *      names it met; or the reason the file is skipped. Which article ids and bodies are already taken
 *      across files is the caller's to track (corpus.ts).
 */
import type { Article, Paragraph } from '../model/schema';
import type { ActorMatch, Gazetteer } from './actors';
import { resolveAnchoredDates } from './anchors';
import { cleanArticle, type CleanResult, type RemovedBlock } from './clean';
import { extractDates, toMention, type FoundDate } from './dates';
import { extractMetadata, type Metadata } from './metadata';
import { nameKind, TRANSCRIPT_LABEL } from './names';
import { preferPageMetadata, withPageMetadata, type MetadataChoice, type PageMetadata } from './pageMetadata';
import { findLocalPeople, withLocalPeople, type LocalPerson } from './people';
import { publisherFromUrl } from './publishers';
import type { QuoteSentence } from './quotes';
import { readArticle, type RawFile } from './read';
import { originalAddress, readClipping } from './clipping';
import { sentenceIds, splitSentences } from './sentences';
import type { CaptionDate } from './timeframes';
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
  /** Only for an article with a page-metadata file: which fields came from the page, which from the text. */
  metadata?: MetadataChoice;
}

/** A sentence as the quote and event stages read it. */
export interface WorkingSentence extends QuoteSentence {
  actors: ActorMatch[];
  dates: FoundDate[];
  /** The day of the live-page entry the sentence stands under, if any (clean.ts `entryDates`). */
  entryDate: string | null;
  /** Ids of the actors it mentions, sorted, each once. */
  actorIdList: string[];
}

export interface BuiltArticle {
  article: Article;
  sentences: WorkingSentence[];
  report: ArticleReport;
  /** Capitalised names the gazetteer does not know, once per occurrence. */
  candidates: string[];
  /** People the gazetteer does not know that the text treats as people (people.ts). */
  people: LocalPerson[];
  /** The gazetteer with those people added, for this article's quotes. */
  gazetteer: Gazetteer;
  /** Photo captions that date a scene with people in it, for events the text tells without a date. */
  captionDates: CaptionDate[];
}

const NO_DATE =
  'no recognisable publication date (no date line, URL date or caption year): built with published null, relative dates ("on Thursday", "this week") left unresolved';

const noDateNotes = (copyrightYear: number | null, storyYear: number | null) =>
  copyrightYear
    ? [
        NO_DATE,
        `day-and-month dates with no year ("on March 27") read in ${copyrightYear}, the year of the page’s copyright line`,
      ]
    : storyYear
      ? [
          NO_DATE,
          `day-and-month dates with no year ("on March 27") guessed to be in ${storyYear}, the year most of the story’s dated articles were published in`,
        ]
      : [NO_DATE];

/** Stage 1: the file's text, or why it is skipped. */
export function readRaw(file: RawFile): { text: string } | { skip: string } {
  if (!file.name.toLowerCase().endsWith('.txt')) return { skip: 'not a .txt article file' };
  if (file.unreadable) return { skip: file.unreadable };
  const read = readArticle(file.bytes);
  return read.ok ? { text: read.text } : { skip: read.reason };
}

/** A sentence's text, its id and the paragraph it stands in. */
export interface SentenceText {
  id: string;
  text: string;
  paragraph: number;
}

/** The cleaned article and its paragraphs' sentences: what the text alone gives, before any curation. */
export interface ArticleBody {
  cleaned: CleanResult;
  /** `bodyKey`: the same article under two names has the same one. */
  key: string;
  sentences: SentenceText[];
  /** What a web clipper's front matter states about the page (clipping.ts), or null. */
  clipping: PageMetadata | null;
}

/**
 * Stages 2–3: the body with boilerplate removed and split into sentences (with their ids, and the body's key),
 * or why nothing is left. It needs nothing but the text (cleanAhead.ts runs it on another thread).
 */
export function cleanBody(
  text: string,
  sourceUrl: string | null,
  outlets: readonly string[],
): ArticleBody | { skip: string } {
  const clip = readClipping(text);
  const cleaned = cleanArticle(clip.text, {
    publisher: publisherFromUrl(originalAddress(sourceUrl, clip.page)),
    outlets,
  });
  if (!cleaned.paragraphs.length) return { skip: 'no article text left after removing boilerplate' };
  const texts = cleaned.paragraphs.flatMap((p, paragraph) =>
    splitSentences(p).map((text) => ({ text, paragraph })),
  );
  // The ids and the key are hashes of the text alone: found here, on the cleaning thread.
  const ids = sentenceIds(texts.map((t) => t.text));
  return {
    cleaned,
    key: bodyKey(cleaned),
    clipping: clip.page,
    sentences: texts.map((t, i) => ({ id: ids[i] as string, ...t })),
  };
}

/** The same article under two names has the same key: its cleaned body, folded and hashed. */
function bodyKey(cleaned: CleanResult): string {
  return sha1Hex(fold(cleaned.paragraphs.join(' ')).toLowerCase(), 16);
}

/** Stages 4–6 on a cleaned article; the page's own metadata (`<name>.meta.json`), when given, is preferred. */
export function buildArticle(
  id: string,
  file: RawFile,
  sourcesUrl: string | null,
  { cleaned, sentences: texts, clipping }: ArticleBody,
  gazetteer: Gazetteer,
  page: PageMetadata | null = null,
  storyYear: number | null = null,
): BuiltArticle {
  // A clipping's front matter names the page's address when SOURCES.tsv does not: readers can open it.
  const sourceUrl = originalAddress(sourcesUrl, clipping);
  const fromText = extractMetadata(cleaned, sourceUrl, id);
  // The page-metadata file beside the article wins; a clipping's front matter stands in the article's own file.
  const { meta, choice } =
    page || !clipping
      ? withPageMetadata(fromText, page, sourceUrl, file.name)
      : preferPageMetadata(fromText, clipping, sourceUrl, file.name);
  const published = meta.published?.date ?? null;
  // A page that states no date at all: "on March 27" still takes the year of its copyright line, or failing
  // that the story's year.
  const pageYear = published ? null : (cleaned.copyrightYear ?? storyYear);
  const sentences = analyseSentences(texts, published, gazetteer, cleaned.entryDates, pageYear);
  // Names the gazetteer does not know go to the report before the article's own people are matched.
  // A transcript's label in capitals ("PRIME MINISTER KEIR STARMER: …") is read as one name, by people.ts; its
  // words one by one ("PRIME", "KEIR") are no names to propose.
  const unknown = sentences.map((s) => {
    const label = TRANSCRIPT_LABEL.exec(s.text)?.[0].length ?? 0;
    return {
      text: s.text,
      unknown: gazetteer.candidateSpans(s.text, s.actors).filter((n) => n.index >= label),
    };
  });
  const candidates = unknown.flatMap((s) => s.unknown.map((n) => n.text));
  // A photo caption may be the one place a person is named in full ("British Defence Secretary John Healey,
  // right, …" over "Healey told reporters …"): it names people, though it is no part of the text.
  const captioned = cleaned.captions.map((text) => ({
    text,
    unknown: gazetteer.candidateSpans(text, gazetteer.match(text, published)),
  }));
  const people = findLocalPeople([...captioned, ...unknown], gazetteer, published);
  const local = withLocalPeople(gazetteer, people);
  if (people.length) for (const s of sentences) setActors(s, local.addTo(s.text, s.actors));
  const mentions = countMentions(sentences);
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
    mentions: [...mentions]
      .map(([actorId, count]) => ({ actorId, count }))
      .sort((a, b) => b.count - a.count || byString(a.actorId, b.actorId)),
    sentenceCount: sentences.length,
    paragraphs: toParagraphs(sentences),
  };
  return {
    article,
    sentences,
    report: articleReport(
      article,
      meta,
      cleaned,
      sentences,
      meta.published ? [] : noDateNotes(cleaned.copyrightYear, storyYear),
      choice,
    ),
    candidates,
    people,
    gazetteer: local.gazetteer,
    captionDates: datedCaptions(cleaned.captions, published, local.gazetteer),
  };
}

/** Captions that give one day and name people: "Starmer, Zelensky and Macron talk … on March 2, 2025." */
function datedCaptions(
  captions: readonly string[],
  published: string | null,
  gazetteer: Gazetteer,
): CaptionDate[] {
  return captions.flatMap((text) => {
    const days = extractDates(text, published).filter((d) => d.precision === 'day');
    if (!days.length || new Set(days.map((d) => d.date)).size !== 1) return [];
    const matches = gazetteer.match(text, published);
    const people = [
      ...new Set(
        matches.filter((m) => gazetteer.byId.get(m.actorId)?.kind === 'person').map((m) => m.actorId),
      ),
    ];
    const places = gazetteer.candidates(text, matches).filter((n) => nameKind(n) === 'place');
    return people.length ? [{ text, date: days[0] as FoundDate, people, places }] : [];
  });
}

function setActors(s: WorkingSentence, actors: ActorMatch[]): void {
  s.actors = actors;
  s.actorIdList = [...new Set(actors.map((a) => a.actorId))].sort(byString);
}

/**
 * After quotes: the article's own people who act are actors — those who speak a quote, and those named
 * with their office in a sentence that gives a day ("Latvian Defence Minister Andris Sprūds said on
 * Wednesday …") or doing something ("Nato chief Mark Rutte said after the talks …", "US special envoy
 * Steve Witkoff attended the meeting"). The others are names again, not actors: they leave the sentences' actors, the mentions
 * and the counts (corpus.ts makes actors of those kept).
 */
export function keepActingPeople(b: BuiltArticle, speakers: ReadonlySet<string>): void {
  const dated = new Set(
    b.sentences.filter((s) => s.dates.length).flatMap((s) => s.actors.map((a) => a.actorId)),
  );
  const acts = (p: LocalPerson) =>
    speakers.has(p.id) || (p.role !== null && (dated.has(p.id) || !!p.acts)) || (!!p.acts && dated.has(p.id));
  const silent = new Set(b.people.filter((p) => !acts(p)).map((p) => p.id));
  if (!silent.size) return;
  for (const s of b.sentences)
    if (s.actors.some((a) => silent.has(a.actorId)))
      setActors(
        s,
        s.actors.filter((a) => !silent.has(a.actorId)),
      );
  const mentions = countMentions(b.sentences);
  b.article.mentions = [...mentions]
    .map(([actorId, count]) => ({ actorId, count }))
    .sort((x, y) => y.count - x.count || byString(x.actorId, y.actorId));
  b.article.paragraphs = toParagraphs(b.sentences);
  b.report.counts.actors = b.article.mentions.length;
  b.report.counts.mentions = b.article.mentions.reduce((n, m) => n + m.count, 0);
  b.people = b.people.filter((p) => !silent.has(p.id));
}

/**
 * Stages 5–6: sentences with their dates (resolved against `published`, or against the day of the
 * live-page entry a paragraph stands under) and actors.
 */
function analyseSentences(
  texts: readonly SentenceText[],
  published: string | null,
  gazetteer: Gazetteer,
  entryDates: readonly (string | null)[] = [],
  pageYear: number | null = null,
): WorkingSentence[] {
  const sentences = texts.map((t) => {
    const actors = gazetteer.match(t.text, published);
    return {
      id: t.id,
      text: t.text,
      paragraph: t.paragraph,
      actors,
      dates: extractDates(t.text, entryDates[t.paragraph] ?? published, pageYear),
      entryDate: entryDates[t.paragraph] ?? null,
      actorIdList: [...new Set(actors.map((a) => a.actorId))].sort(byString),
    };
  });
  // "the day before", "two days later": from the dates the sentences before them set.
  resolveAnchoredDates(sentences, published);
  return sentences;
}

/** Actor id → how often the article mentions it. */
function countMentions(sentences: readonly WorkingSentence[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sentences)
    for (const a of s.actors) counts.set(a.actorId, (counts.get(a.actorId) ?? 0) + 1);
  return counts;
}

/** The contract's paragraphs: each sentence under the paragraph it came from, none left empty. */
function toParagraphs(sentences: readonly WorkingSentence[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const s of sentences) {
    const p = (paragraphs[s.paragraph] ??= { sentences: [] });
    p.sentences.push({ id: s.id, text: s.text, actorIds: s.actorIdList, dates: s.dates.map(toMention) });
  }
  return paragraphs.filter((p) => p.sentences.length > 0);
}

function articleReport(
  article: Article,
  meta: Metadata,
  cleaned: CleanResult,
  sentences: readonly WorkingSentence[],
  warnings: string[],
  choice: MetadataChoice | null = null,
): ArticleReport {
  const { published } = meta;
  return {
    id: article.id,
    file: article.sourceFile,
    title: meta.title,
    titleDerived: meta.titleDerived,
    publisher: meta.publisher,
    author: meta.author,
    published: published
      ? { date: published.date, method: published.method, confidence: published.confidence }
      : null,
    counts: {
      paragraphs: article.paragraphs.length,
      sentences: sentences.length,
      actors: article.mentions.length,
      mentions: article.mentions.reduce((n, m) => n + m.count, 0),
      dates: sentences.reduce((n, s) => n + s.dates.length, 0),
      quotes: 0,
      events: 0,
    },
    notes: meta.notes,
    warnings,
    removed: cleaned.removed,
    ...(choice && { metadata: choice }),
  };
}
