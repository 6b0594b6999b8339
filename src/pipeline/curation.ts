/**
 * The curated layer: data/curation/*.yaml parsed, validated field by field
 * and resolved against the built articles (curators quote text; the loader
 * finds the sentence and stores its id and the exact substring). Every
 * problem names the file, the entry (index and id) and the field; all are
 * collected before the build fails.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { formatPath } from '../model/problems';
import {
  actor as actorSchema,
  actorRole,
  evidence as evidenceSchema,
  event as eventSchema,
  position as positionSchema,
  quote as quoteSchema,
  topic as topicSchema,
  type Actor,
  type Evidence,
  type Position,
  type Quote,
  type StoryEvent,
  type Topic,
} from '../model/schema';
import { byString, findFolded, fold, nearestWord } from './util';

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

// The curated shapes are the contract's, minus what the pipeline fills in (sentence ids, provenance),
// plus the defaults curators may leave out. Every object is strict: a misspelled key ("topicIDs") is an
// error with a hint, never a field silently dropped.

/** Evidence as curators write it: the verbatim quote; the loader finds the sentence. */
const curatedEvidence = evidenceSchema.omit({ sentenceId: true }).strict();
type CuratedEvidence = z.infer<typeof curatedEvidence>;

const evidenceList = z.array(curatedEvidence).min(1, 'needs at least one evidence entry');

const curatedActor = actorSchema
  .extend({
    affiliation: actorSchema.shape.affiliation.default(null),
    role: actorSchema.shape.role.default(null),
    roles: z.array(actorRole.strict()).default([]),
    aliases: actorSchema.shape.aliases.default([]),
  })
  .strict();

/** A topic as curated: the contract's fields plus the curation-only `keywords` (see topics.ts). */
const curatedTopic = topicSchema.extend({ keywords: z.array(z.string().min(1)).optional() }).strict();

const curatedEvent = eventSchema
  .omit({ provenance: true })
  .extend({
    precision: eventSchema.shape.precision.default('day'),
    planned: eventSchema.shape.planned.default(false),
    topicIds: eventSchema.shape.topicIds.default([]),
    evidence: evidenceList,
  })
  .strict();

// Topics, event and evidence re-added in this order: it is the key order of the curated quotes in the
// committed data, which must stay byte-identical.
const curatedQuote = quoteSchema
  .omit({ provenance: true, topicIds: true, eventId: true, evidence: true })
  .extend({
    topicIds: quoteSchema.shape.topicIds.default([]),
    eventId: quoteSchema.shape.eventId,
    evidence: curatedEvidence,
  })
  .strict();

const curatedPosition = positionSchema
  .extend({ precision: positionSchema.shape.precision.default('day'), evidence: evidenceList })
  .strict();

const outletEntry = z.union([z.string().min(1), z.object({ name: z.string().min(1) }).strict()]);

export interface ParsedCuration {
  actors: Actor[];
  topics: Topic[];
  events: z.infer<typeof curatedEvent>[];
  quotes: z.infer<typeof curatedQuote>[];
  positions: z.infer<typeof curatedPosition>[];
  outlets: string[];
  /** Topic id → its curation-only keywords (topics without keywords are left out). */
  topicKeywords: Map<string, string[]>;
  errors: string[];
  warnings: string[];
  /** Ids of every entry, valid or not, so a refused entry does not cascade into "unknown id" elsewhere. */
  declaredIds: Set<string>;
  /**
   * Kinds whose file could not be read at all (not YAML, not a list). Their ids are unknown, so references
   * to them are not checked: one broken file gives one error, not one per entry that names its ids.
   */
  unreadable: Set<string>;
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

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** The object schema inside wrappers (optional, default, nullable, a union's object option). */
function objectIn(schema: z.ZodType | undefined): SchemaDef | null {
  let def = schema ? defOf(schema) : null;
  while (def && def.type !== 'object') {
    const inner: z.ZodType | undefined =
      def.innerType ?? def.out ?? def.options?.find((o) => objectIn(o) !== null);
    def = inner ? defOf(inner) : null;
  }
  return def;
}

/** The keys an entry's object at `path` may have, read from the schema itself. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  for (const part of path) {
    const def: SchemaDef | null = current ? defOf(current) : null;
    const obj = objectIn(current);
    if (typeof part === 'number') {
      let list: SchemaDef | null = def;
      while (list && list.type !== 'array') list = list.innerType ? defOf(list.innerType) : null;
      current = list?.element;
    } else current = obj?.shape?.[String(part)];
  }
  return Object.keys(objectIn(current)?.shape ?? {});
}

/** One message per unknown key, with the known key it most likely means. */
function unknownKeyProblems(
  schema: z.ZodType,
  path: readonly PropertyKey[],
  keys: readonly string[],
): { field: string; message: string }[] {
  const known = knownKeysAt(schema, path);
  return keys.map((key) => {
    const guess = nearestWord(key, known);
    const hint = guess ? `did you mean "${guess}"?` : `known keys: ${known.join(', ')}`;
    return { field: formatPath([...path, key]), message: `unknown key; ${hint}` };
  });
}

/** `where:line:column: not valid YAML: …` for the first error of the file. */
function yamlProblem(where: string, e: unknown): string {
  const first = ((e as Error).message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  const at = e instanceof YAMLParseError ? e.linePos?.[0] : undefined;
  return `${where}${at ? `:${at.line}:${at.col}` : ''}: not valid YAML: ${first}`;
}

interface ListFile<T> {
  file: string;
  kind: string;
  schema: z.ZodType<T>;
  /** A missing required file is a warning; a missing optional one is silence. */
  required: boolean;
}

interface Collected {
  errors: string[];
  warnings: string[];
  declared: Set<string>;
  unreadable: Set<string>;
}

/** The YAML document of a curation file as a list of entries, or null (reported) when it is none. */
function readList(input: CurationInput, spec: ListFile<unknown>, into: Collected): unknown[] | null {
  const where = `${input.dir}/${spec.file}`;
  const text = input.files[spec.file];
  if (text === undefined) {
    if (spec.required) into.warnings.push(`${where}: missing; building without curated ${spec.kind}`);
    return [];
  }
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    into.errors.push(yamlProblem(where, e));
    into.unreadable.add(spec.kind);
    return null;
  }
  if (doc === null || doc === undefined) return [];
  if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
    const listed = (doc as Record<string, unknown>)[spec.kind];
    if (Array.isArray(listed)) doc = listed;
  }
  if (!Array.isArray(doc)) {
    into.errors.push(`${where}: expected a list of ${spec.kind} (a YAML sequence of entries)`);
    into.unreadable.add(spec.kind);
    return null;
  }
  return doc;
}

/** Every problem of one entry, as `field: message` (unknown keys with a hint, missing fields by name). */
function entryProblems(schema: z.ZodType, raw: unknown, error: z.ZodError): string[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys')
      return unknownKeyProblems(schema, issue.path, issue.keys).map((p) => `${p.field}: ${p.message}`);
    const field = formatPath(issue.path) || '(entry)';
    const missing = valueAt(raw, issue.path) === undefined;
    return [`${field}: ${missing ? 'is required but missing' : issue.message}`];
  });
}

function parseList<T>(input: CurationInput, spec: ListFile<T>, into: Collected): T[] {
  const doc = readList(input, spec as ListFile<unknown>, into);
  if (!doc) return [];
  const where = `${input.dir}/${spec.file}`;
  const out: T[] = [];
  const ids = new Map<string, number>();
  doc.forEach((raw, i) => {
    const label = entryLabel(spec.kind, i, raw);
    const rawId = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
    if (typeof rawId === 'string') into.declared.add(`${spec.kind}:${rawId}`);
    const result = spec.schema.safeParse(raw);
    if (!result.success) {
      for (const problem of entryProblems(spec.schema, raw, result.error))
        into.errors.push(`${where}: ${label} ${problem}`);
      return;
    }
    const entryId = (result.data as { id?: string }).id;
    if (entryId !== undefined) {
      const first = ids.get(entryId);
      if (first !== undefined) {
        into.errors.push(`${where}: ${label} id: duplicate id "${entryId}" (also ${spec.kind}[${first}])`);
        return;
      }
      ids.set(entryId, i);
    }
    out.push(result.data);
  });
  return out;
}

export function parseCuration(input: CurationInput): ParsedCuration {
  const into: Collected = { errors: [], warnings: [], declared: new Set(), unreadable: new Set() };
  const list = <T>(file: string, kind: string, schema: z.ZodType<T>, required = true) =>
    parseList(input, { file, kind, schema, required }, into);
  const actors = list('actors.yaml', 'actors', curatedActor);
  const curatedTopics = list('topics.yaml', 'topics', curatedTopic);
  const topicKeywords = new Map<string, string[]>();
  const topics: Topic[] = curatedTopics.map(({ keywords, ...t }) => {
    if (keywords?.length) topicKeywords.set(t.id, keywords);
    return t;
  });
  const events = list('events.yaml', 'events', curatedEvent);
  const quotes = list('quotes.yaml', 'quotes', curatedQuote);
  const positions = list('positions.yaml', 'positions', curatedPosition);
  const outlets = list('outlets.yaml', 'outlets', outletEntry, false).map((o) =>
    typeof o === 'string' ? o : o.name,
  );
  return {
    actors,
    topics,
    events,
    quotes,
    positions,
    outlets,
    topicKeywords,
    errors: into.errors,
    warnings: into.warnings,
    declaredIds: into.declared,
    unreadable: into.unreadable,
  };
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
 * articles that were skipped are unknown here. An entry with any problem is left out, every problem is
 * reported.
 */
export function resolveCuration(
  input: CurationInput,
  parsed: ParsedCuration,
  articles: ReadonlyMap<string, readonly SentenceLookup[]>,
): ResolvedCuration {
  const r = new Resolver(input.dir, parsed, articles);
  parsed.actors.forEach((a, i) => r.actor(a, i));
  const kept = <T, U>(entries: readonly T[], resolve: (entry: T, i: number) => U | null) =>
    entries
      .map(resolve)
      .filter((x): x is U => x !== null)
      .sort((a, b) => byString((a as { id: string }).id, (b as { id: string }).id));
  return {
    events: kept(parsed.events, (e, i) => r.event(e, i)),
    quotes: kept(parsed.quotes, (q, i) => r.quote(q, i)),
    positions: kept(parsed.positions, (p, i) => r.position(p, i)),
    errors: r.errors,
  };
}

/** Checks one curated entry at a time against the declared ids and the built sentences. */
class Resolver {
  readonly errors: string[] = [];
  private readonly actorIds: Set<string>;
  private readonly topicIds: Set<string>;
  private readonly eventIds: Set<string>;

  constructor(
    private readonly dir: string,
    private readonly parsed: ParsedCuration,
    private readonly articles: ReadonlyMap<string, readonly SentenceLookup[]>,
  ) {
    const declared = (kind: string) =>
      new Set(
        [...parsed.declaredIds].filter((d) => d.startsWith(`${kind}:`)).map((d) => d.slice(kind.length + 1)),
      );
    this.actorIds = declared('actors');
    this.topicIds = declared('topics');
    this.eventIds = declared('events');
  }

  actor(a: Actor, i: number): void {
    this.need(this.actorIds, a.affiliation, this.at('actors', i, a.id), 'affiliation', 'actor');
  }

  event(e: ParsedCuration['events'][number], i: number): StoryEvent | null {
    const where = this.at('events', i, e.id);
    const before = this.errors.length;
    e.actorIds.forEach((a, j) => this.need(this.actorIds, a, where, `actorIds[${j}]`, 'actor'));
    e.topicIds.forEach((t, j) => this.need(this.topicIds, t, where, `topicIds[${j}]`, 'topic'));
    if (e.endDate && e.endDate < e.date)
      this.errors.push(`${where} endDate: ${e.endDate} is before date ${e.date}`);
    const evidence = e.evidence.map((ev, j) => this.evidence(ev, where, `evidence[${j}]`));
    if (this.errors.length > before) return null;
    return { ...e, evidence: evidence as Evidence[], provenance: 'curated' };
  }

  quote(q: ParsedCuration['quotes'][number], i: number): Quote | null {
    const where = this.at('quotes', i, q.id);
    const before = this.errors.length;
    this.need(this.actorIds, q.speakerId, where, 'speakerId', 'actor');
    this.need(this.eventIds, q.eventId, where, 'eventId', 'event');
    q.topicIds.forEach((t, j) => this.need(this.topicIds, t, where, `topicIds[${j}]`, 'topic'));
    const evidence = this.evidence(q.evidence, where, 'evidence');
    if (!evidence || this.errors.length > before) return null;
    const text =
      findFolded(evidence.quote, q.text) ?? (findFolded(q.text, evidence.quote) ? null : undefined);
    if (text === undefined) {
      this.errors.push(`${where} text: not part of its evidence quote "${evidence.quote}"`);
      return null;
    }
    const out: Quote = { ...q, text: text ?? q.text, evidence, provenance: 'curated' };
    if (text === null) out.evidence = { ...evidence };
    return out;
  }

  position(p: ParsedCuration['positions'][number], i: number): Position | null {
    const where = this.at('positions', i, p.id);
    const before = this.errors.length;
    this.need(this.actorIds, p.actorId, where, 'actorId', 'actor');
    this.need(this.topicIds, p.topicId, where, 'topicId', 'topic');
    const evidence = p.evidence.map((ev, j) => this.evidence(ev, where, `evidence[${j}]`));
    if (this.errors.length > before) return null;
    return { ...p, evidence: evidence as Evidence[] };
  }

  private at(kind: string, index: number, entryId: string): string {
    return `${this.dir}/${kind}.yaml: ${kind}[${index}] (id "${entryId}")`;
  }

  /** An id that must be declared; not checked when its file could not be read at all (see `unreadable`). */
  private need(
    set: Set<string>,
    value: string | null | undefined,
    where: string,
    field: string,
    what: string,
  ) {
    if (value != null && !set.has(value) && !this.parsed.unreadable.has(`${what}s`))
      this.errors.push(`${where} ${field}: unknown ${what} "${value}"`);
  }

  /** The sentence holding the quote, and the exact text there; null (reported) when there is none. */
  private evidence(ev: CuratedEvidence, where: string, field: string): Evidence | null {
    const sentences = this.articles.get(ev.articleId);
    if (!sentences) {
      this.errors.push(`${where} ${field}.articleId: unknown article "${ev.articleId}"`);
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
    this.errors.push(`${where} ${field}.quote: not found verbatim in article ${ev.articleId}${hint}`);
    return null;
  }
}
