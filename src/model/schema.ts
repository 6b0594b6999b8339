/**
 * The JSON contract between the pipeline (which writes `public/data/`) and the
 * explorer (which parses it). Both sides import these schemas; change the
 * shape here and nowhere else. This module imports nothing from app or
 * pipeline and nothing from `node:*`, so it runs in both places.
 */
import { z } from 'zod';
import { isRealDate } from './calendar';
import {
  ACTOR_KINDS,
  DATE_PRECISIONS,
  EVENT_KINDS,
  ID_PATTERN,
  ISO_DATE_PATTERN,
  PROVENANCES,
  STANCES,
} from './vocabulary';

// In a browser the app runs under a Content-Security-Policy that forbids eval. zod probes
// `new Function` while building object schemas (so before any other module could configure
// it), and the browser reports the probe as a violation even though zod recovers. In Node the
// pipeline keeps zod's faster compiled parsers.
if (typeof document !== 'undefined') z.config({ jitless: true });

/** A calendar date `YYYY-MM-DD` that exists (no 2025-02-30). */
export const isoDate = z
  .string()
  .regex(ISO_DATE_PATTERN, 'must be a date written YYYY-MM-DD')
  .refine((value) => {
    const [, y, m, d] = ISO_DATE_PATTERN.exec(value) ?? [];
    return isRealDate(Number(y), Number(m), Number(d));
  }, 'is not a real calendar date');

/** Ids appear in URLs, so they stay lowercase and readable. */
export const id = z
  .string()
  .min(1, 'must not be empty')
  .regex(ID_PATTERN, 'must be lowercase letters, digits, "-" or "_"');

/** How exactly a date is known: "on Feb. 24" is a day, "this week" a week. */
export const datePrecision = z.enum(DATE_PRECISIONS);

export const publicationDate = z.object({
  date: isoDate,
  precision: datePrecision,
  /** Which rule found it, e.g. `dateline`, `updated-line`, `caption-year`. */
  method: z.string().min(1),
  /**
   * `stated`: the article prints it; `inferred`: pieced together from hints (its address, a caption);
   * `guessed`: the best fallback when the page gives none (the latest date its text reports).
   */
  confidence: z.enum(['stated', 'inferred', 'guessed']),
  /** The line of raw text the date was read from. */
  source: z.string(),
});

export const dateMention = z.object({
  /** The words in the sentence, e.g. "on Feb. 24" or "this week". */
  text: z.string().min(1),
  date: isoDate,
  precision: datePrecision,
  endDate: isoDate.optional(),
});

export const sentence = z.object({
  /** Derived from the sentence's own text, so it survives edits elsewhere. */
  id: id,
  text: z.string().min(1),
  actorIds: z.array(id),
  dates: z.array(dateMention),
});

export const paragraph = z.object({
  sentences: z.array(sentence).min(1),
});

const articleMeta = {
  id: id,
  /** File name under `data/raw/`. */
  sourceFile: z.string().min(1),
  /** Original address, when `SOURCES.tsv` or the text gives one. */
  sourceUrl: z.url({ protocol: /^https?$/ }).nullable(),
  title: z.string().min(1),
  /** True when the raw text had no recognisable title and one was derived. */
  titleDerived: z.boolean(),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  published: publicationDate.nullable(),
  /** Outlets the article cites ("the Financial Times reported"). */
  citedOutlets: z.array(z.string()),
  /** How often each actor is mentioned. */
  mentions: z.array(z.object({ actorId: id, count: z.number().int().positive() })),
  sentenceCount: z.number().int().nonnegative(),
};

/** What the index holds about an article: everything but its body. */
export const articleSummary = z.object(articleMeta);

/** One file per article under `data/articles/`, loaded when opened. */
export const article = z.object({
  ...articleMeta,
  paragraphs: z.array(paragraph),
});

export const articleFile = z.object({
  schemaVersion: z.number().int(),
  article: article,
});

export const actorKind = z.enum(ACTOR_KINDS);

export const actorRole = z.object({
  /** e.g. "French president": also how the pipeline resolves "the French president". */
  title: z.string().min(1),
  since: isoDate.optional(),
  until: isoDate.optional(),
});

export const actor = z.object({
  id: id,
  name: z.string().min(1),
  kind: actorKind,
  /** The actor this one belongs to or speaks for (a minister → their state). */
  affiliation: id.nullable(),
  /** Role at the time of the story, as a reader would say it. */
  role: z.string().nullable(),
  roles: z.array(actorRole),
  /** Every spelling and metonym as it appears in articles. */
  aliases: z.array(z.string().min(1)),
  description: z.string().optional(),
});

export const topic = z.object({
  id: id,
  name: z.string().min(1),
  description: z.string().min(1),
});

/** Where a fact comes from: a verbatim piece of one sentence of one article. */
export const evidence = z.object({
  articleId: id,
  sentenceId: id,
  /** Verbatim text, a substring of the sentence. */
  quote: z.string().min(1),
  /** The outlet the article credits for this claim ("Sources told the BBC"). */
  reportedBy: z.string().optional(),
});

export const provenance = z.enum(PROVENANCES);

export const eventKind = z.enum(EVENT_KINDS);

export const event = z.object({
  id: id,
  date: isoDate,
  precision: datePrecision,
  endDate: isoDate.optional(),
  title: z.string().min(1),
  summary: z.string(),
  kind: eventKind,
  /** Announced for a later day, not yet happened when reported. */
  planned: z.boolean(),
  actorIds: z.array(id),
  topicIds: z.array(id),
  evidence: z.array(evidence).min(1),
  provenance: provenance,
});

export const quote = z.object({
  id: id,
  /** The spoken words, verbatim from the article. */
  text: z.string().min(1),
  speakerId: id.nullable(),
  /** How the article names the speaker ("an EU diplomat", "Macron", "unknown"). */
  speakerLabel: z.string().min(1),
  evidence: evidence,
  eventId: id.optional(),
  topicIds: z.array(id),
  provenance: provenance,
});

/** The one scale every position is placed on; the README defines each step. */
export const stance = z.enum(STANCES);

export const position = z.object({
  id: id,
  actorId: id,
  topicId: id,
  date: isoDate,
  precision: datePrecision,
  stance: stance,
  summary: z.string().min(1),
  evidence: z.array(evidence).min(1),
});

export const dataIndex = z.object({
  schemaVersion: z.number().int(),
  /**
   * The newest publication date in the corpus, not the wall clock, so that
   * two builds of the same input give identical bytes.
   */
  generatedAt: isoDate,
  counts: z.object({
    articles: z.number().int().nonnegative(),
    events: z.number().int().nonnegative(),
    actors: z.number().int().nonnegative(),
    topics: z.number().int().nonnegative(),
    quotes: z.number().int().nonnegative(),
    positions: z.number().int().nonnegative(),
  }),
  articles: z.array(articleSummary),
  actors: z.array(actor),
  topics: z.array(topic),
  events: z.array(event),
  quotes: z.array(quote),
  positions: z.array(position),
});

export type IsoDate = z.infer<typeof isoDate>;
export type DatePrecision = z.infer<typeof datePrecision>;
export type PublicationDate = z.infer<typeof publicationDate>;
export type DateMention = z.infer<typeof dateMention>;
export type Sentence = z.infer<typeof sentence>;
export type Paragraph = z.infer<typeof paragraph>;
export type ArticleSummary = z.infer<typeof articleSummary>;
export type Article = z.infer<typeof article>;
export type ArticleFile = z.infer<typeof articleFile>;
export type ActorKind = z.infer<typeof actorKind>;
export type Actor = z.infer<typeof actor>;
export type Topic = z.infer<typeof topic>;
export type Evidence = z.infer<typeof evidence>;
export type Provenance = z.infer<typeof provenance>;
export type EventKind = z.infer<typeof eventKind>;
export type StoryEvent = z.infer<typeof event>;
export type Quote = z.infer<typeof quote>;
export type Stance = z.infer<typeof stance>;
export type Position = z.infer<typeof position>;
export type DataIndex = z.infer<typeof dataIndex>;
