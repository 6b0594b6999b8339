/**
 * The curated layer: data/curation/*.yaml parsed, validated field by field
 * and resolved against the built articles (curators quote text; the loader
 * finds the sentence and stores its id and the exact substring). Every
 * problem names the file, the entry (index and id) and the field; all are
 * collected before the build fails.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import {
  actor as actorSchema,
  datePrecision,
  eventKind,
  id,
  isoDate,
  stance,
  topic as topicSchema,
  type Actor,
  type Evidence,
  type Position,
  type Quote,
  type StoryEvent,
  type Topic,
} from '../model/schema';
import { byString, findFolded, fold } from './util';

export const CURATION_FILES = [
  'actors.yaml',
  'topics.yaml',
  'events.yaml',
  'quotes.yaml',
  'positions.yaml',
] as const;
export const OPTIONAL_CURATION_FILES = ['outlets.yaml'] as const;

export interface CurationInput {
  /** Directory as shown in messages, e.g. `data/curation`. */
  dir: string;
  /** File name → text, for the files that exist. */
  files: Readonly<Record<string, string>>;
}

const curatedEvidence = z.object({
  articleId: id,
  quote: z.string().min(1, 'must not be empty'),
  reportedBy: z.string().min(1).optional(),
});
type CuratedEvidence = z.infer<typeof curatedEvidence>;

const curatedActor = z.preprocess((v) => {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    return { affiliation: null, role: null, roles: [], aliases: [], ...o };
  }
  return v;
}, actorSchema);

const curatedEvent = z.object({
  id,
  date: isoDate,
  precision: datePrecision.default('day'),
  endDate: isoDate.optional(),
  title: z.string().min(1),
  summary: z.string(),
  kind: eventKind,
  planned: z.boolean().default(false),
  actorIds: z.array(id),
  topicIds: z.array(id).default([]),
  evidence: z.array(curatedEvidence).min(1, 'needs at least one evidence entry'),
});

const curatedQuote = z.object({
  id,
  text: z.string().min(1),
  speakerId: id.nullable(),
  speakerLabel: z.string().min(1),
  topicIds: z.array(id).default([]),
  eventId: id.optional(),
  evidence: curatedEvidence,
});

const curatedPosition = z.object({
  id,
  actorId: id,
  topicId: id,
  date: isoDate,
  precision: datePrecision.default('day'),
  stance,
  summary: z.string().min(1),
  evidence: z.array(curatedEvidence).min(1, 'needs at least one evidence entry'),
});

/** A topic as curated: the contract's fields plus the curation-only `keywords` (see topics.ts). */
const curatedTopic = topicSchema.extend({
  keywords: z.array(z.string().min(1)).optional(),
});

const outletEntry = z.union([z.string().min(1), z.object({ name: z.string().min(1) }).loose()]);

export interface ParsedCuration {
  actors: Actor[];
  topics: Topic[];
  events: (Omit<StoryEvent, 'evidence' | 'provenance'> & { evidence: CuratedEvidence[] })[];
  quotes: (Omit<Quote, 'evidence' | 'provenance'> & { evidence: CuratedEvidence })[];
  positions: (Omit<Position, 'evidence'> & { evidence: CuratedEvidence[] })[];
  outlets: string[];
  /** Topic id → its curation-only keywords (topics without keywords are left out). */
  topicKeywords: Map<string, string[]>;
  errors: string[];
  warnings: string[];
  /** Ids of every entry, valid or not, so a refused entry does not cascade into "unknown id" elsewhere. */
  declaredIds: Set<string>;
}

function zodPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)),
    '',
  );
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = raw;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p as string];
  }
  return v;
}

function entryLabel(kind: string, index: number, raw: unknown): string {
  const rawId = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return `${kind}[${index}]${typeof rawId === 'string' ? ` (id "${rawId}")` : ''}`;
}

function parseList<T>(
  input: CurationInput,
  file: string,
  kind: string,
  schema: z.ZodType<T>,
  errors: string[],
  warnings: string[],
  required: boolean,
  declared: Set<string> = new Set(),
): T[] {
  const where = `${input.dir}/${file}`;
  const text = input.files[file];
  if (text === undefined) {
    if (required) warnings.push(`${where}: missing; building without curated ${kind}`);
    return [];
  }
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    errors.push(`${where}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
    return [];
  }
  if (doc === null || doc === undefined) return [];
  if (
    doc &&
    typeof doc === 'object' &&
    !Array.isArray(doc) &&
    Array.isArray((doc as Record<string, unknown>)[kind])
  ) {
    doc = (doc as Record<string, unknown>)[kind];
  }
  if (!Array.isArray(doc)) {
    errors.push(`${where}: expected a list of ${kind} (a YAML sequence of entries)`);
    return [];
  }
  const out: T[] = [];
  const ids = new Map<string, number>();
  doc.forEach((raw, i) => {
    const label = entryLabel(kind, i, raw);
    const rawId = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
    if (typeof rawId === 'string') declared.add(`${kind}:${rawId}`);
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = zodPath(issue.path) || '(entry)';
        const missing = valueAt(raw, issue.path) === undefined;
        errors.push(`${where}: ${label} ${field}: ${missing ? 'is required but missing' : issue.message}`);
      }
      return;
    }
    const entryId = (result.data as { id?: string }).id;
    if (entryId !== undefined) {
      const first = ids.get(entryId);
      if (first !== undefined) {
        errors.push(`${where}: ${label} id: duplicate id "${entryId}" (also ${kind}[${first}])`);
        return;
      }
      ids.set(entryId, i);
    }
    out.push(result.data);
  });
  return out;
}

export function parseCuration(input: CurationInput): ParsedCuration {
  const errors: string[] = [];
  const warnings: string[] = [];
  const declaredIds = new Set<string>();
  const actors = parseList(
    input,
    'actors.yaml',
    'actors',
    curatedActor,
    errors,
    warnings,
    true,
    declaredIds,
  ) as Actor[];
  const curatedTopics = parseList(
    input,
    'topics.yaml',
    'topics',
    curatedTopic,
    errors,
    warnings,
    true,
    declaredIds,
  );
  const topicKeywords = new Map<string, string[]>();
  const topics: Topic[] = curatedTopics.map(({ keywords, ...t }) => {
    if (keywords?.length) topicKeywords.set(t.id, keywords);
    return t;
  });
  const events = parseList(input, 'events.yaml', 'events', curatedEvent, errors, warnings, true, declaredIds);
  const quotes = parseList(input, 'quotes.yaml', 'quotes', curatedQuote, errors, warnings, true);
  const positions = parseList(input, 'positions.yaml', 'positions', curatedPosition, errors, warnings, true);
  const outlets = parseList(input, 'outlets.yaml', 'outlets', outletEntry, errors, warnings, false).map(
    (o) => (typeof o === 'string' ? o : o.name),
  );
  return { actors, topics, events, quotes, positions, outlets, topicKeywords, errors, warnings, declaredIds };
}

/** Sentences of one built article, for resolving curated evidence. */
export interface SentenceLookup {
  id: string;
  text: string;
}

export interface ResolvedCuration {
  events: StoryEvent[];
  quotes: Quote[];
  positions: Position[];
  errors: string[];
}

/**
 * Cross-references and evidence. `articles` maps article id → its sentences;
 * articles that were skipped are unknown here.
 */
export function resolveCuration(
  input: CurationInput,
  parsed: ParsedCuration,
  articles: ReadonlyMap<string, readonly SentenceLookup[]>,
): ResolvedCuration {
  const errors: string[] = [];
  const declared = (kind: string) =>
    new Set(
      [...parsed.declaredIds].filter((d) => d.startsWith(`${kind}:`)).map((d) => d.slice(kind.length + 1)),
    );
  const actorIds = declared('actors');
  const topicIds = declared('topics');
  const eventIds = declared('events');
  const at = (file: string, kind: string, index: number, entryId: string) =>
    `${input.dir}/${file}: ${kind}[${index}] (id "${entryId}")`;

  const need = (
    set: Set<string>,
    value: string | null | undefined,
    where: string,
    field: string,
    what: string,
  ) => {
    if (value != null && !set.has(value)) errors.push(`${where} ${field}: unknown ${what} "${value}"`);
  };

  const resolveEvidence = (ev: CuratedEvidence, where: string, field: string): Evidence | null => {
    const sentences = articles.get(ev.articleId);
    if (!sentences) {
      errors.push(`${where} ${field}.articleId: unknown article "${ev.articleId}"`);
      return null;
    }
    for (const s of sentences) {
      const exact = findFolded(s.text, ev.quote);
      if (exact) {
        const out: Evidence = { articleId: ev.articleId, sentenceId: s.id, quote: exact };
        if (ev.reportedBy) out.reportedBy = ev.reportedBy;
        return out;
      }
    }
    const whole = fold(sentences.map((s) => s.text).join(' '));
    const hint = whole.includes(fold(ev.quote))
      ? ' (it spans two sentences: quote a part inside one sentence)'
      : '';
    errors.push(`${where} ${field}.quote: not found verbatim in article ${ev.articleId}${hint}`);
    return null;
  };

  parsed.actors.forEach((a, i) =>
    need(actorIds, a.affiliation, at('actors.yaml', 'actors', i, a.id), 'affiliation', 'actor'),
  );

  const events: StoryEvent[] = [];
  parsed.events.forEach((e, i) => {
    const where = at('events.yaml', 'events', i, e.id);
    const before = errors.length;
    e.actorIds.forEach((a, j) => need(actorIds, a, where, `actorIds[${j}]`, 'actor'));
    e.topicIds.forEach((t, j) => need(topicIds, t, where, `topicIds[${j}]`, 'topic'));
    if (e.endDate && e.endDate < e.date)
      errors.push(`${where} endDate: ${e.endDate} is before date ${e.date}`);
    const evidence = e.evidence.map((ev, j) => resolveEvidence(ev, where, `evidence[${j}]`));
    if (errors.length > before) return;
    events.push({ ...e, evidence: evidence as Evidence[], provenance: 'curated' });
  });

  const quotes: Quote[] = [];
  parsed.quotes.forEach((q, i) => {
    const where = at('quotes.yaml', 'quotes', i, q.id);
    const before = errors.length;
    need(actorIds, q.speakerId, where, 'speakerId', 'actor');
    need(eventIds, q.eventId, where, 'eventId', 'event');
    q.topicIds.forEach((t, j) => need(topicIds, t, where, `topicIds[${j}]`, 'topic'));
    const evidence = resolveEvidence(q.evidence, where, 'evidence');
    if (!evidence || errors.length > before) return;
    const text =
      findFolded(evidence.quote, q.text) ?? (findFolded(q.text, evidence.quote) ? null : undefined);
    if (text === undefined) {
      errors.push(`${where} text: not part of its evidence quote "${evidence.quote}"`);
      return;
    }
    const out: Quote = { ...q, text: text ?? q.text, evidence, provenance: 'curated' };
    if (text === null) out.evidence = { ...evidence };
    quotes.push(out);
  });

  const positions: Position[] = [];
  parsed.positions.forEach((p, i) => {
    const where = at('positions.yaml', 'positions', i, p.id);
    const before = errors.length;
    need(actorIds, p.actorId, where, 'actorId', 'actor');
    need(topicIds, p.topicId, where, 'topicId', 'topic');
    const evidence = p.evidence.map((ev, j) => resolveEvidence(ev, where, `evidence[${j}]`));
    if (errors.length > before) return;
    positions.push({ ...p, evidence: evidence as Evidence[] });
  });

  return {
    events: events.sort((a, b) => byString(a.id, b.id)),
    quotes: quotes.sort((a, b) => byString(a.id, b.id)),
    positions: positions.sort((a, b) => byString(a.id, b.id)),
    errors,
  };
}
