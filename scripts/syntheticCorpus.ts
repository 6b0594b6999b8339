/**
 * A deterministic synthetic corpus for benchmarks (issue #7).
 *
 * `generateCorpus` builds a contract-valid `{ index, articles }` of any size
 * (default: 2,000 articles, 10,000 events, 300 actors) from a seed; the same
 * seed always gives byte-identical output. `generateRawArticles` builds
 * scraped-looking `.txt` articles for the pipeline throughput benchmark.
 *
 * Nothing here reads the clock or Math.random: all randomness comes from a
 * seeded mulberry32 generator.
 *
 * CLI:
 *   tsx scripts/syntheticCorpus.ts --out <dir> [--seed N] [--events N] [--articles N]
 *   tsx scripts/syntheticCorpus.ts --raw <N> --out <dir> [--seed N]   (raw .txt + SOURCES.tsv)
 */
import { SCHEMA_VERSION } from '../src/model/dataError';
import { MONTH_NAMES, addDays, monthStart, parseIso } from '../src/model/calendar';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assembleDataIndex } from '../src/model/dataIndex';
import { parseFlags, readCommandLine, UsageError, wholeNumber } from '../src/pipeline/cli';
import {
  stance,
  type Actor,
  type ActorKind,
  type Article,
  type ArticleSummary,
  type DataIndex,
  type DatePrecision,
  type EventKind,
  type Evidence,
  type Paragraph,
  type Position,
  type Quote,
  type Sentence,
  type StoryEvent,
  type Topic,
} from '../src/model/schema';

// ---------------------------------------------------------------------------
// Randomness

/** mulberry32: tiny, fast, good enough for test data, and identical everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** Picks by weight from `[value, weight]` pairs. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T {
    const total = pairs.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [value, w] of pairs) {
      r -= w;
      if (r < 0) return value;
    }
    return pairs[pairs.length - 1]![0];
  }
}

/** Zipf-like sampler over indices 0..n-1: index 0 is by far the most frequent. */
function zipfSampler(n: number, exponent = 1.1): (rng: Rng) => number {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += 1 / Math.pow(i + 1, exponent);
    cumulative[i] = sum;
  }
  return (rng) => {
    const r = rng.float() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** FNV-1a, 32 bits, as 8 hex digits: stable ids derived from text. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

// ---------------------------------------------------------------------------
// Vocabulary

const WORDS = (
  'the a of to and in on for with that said would could should will must has have had was were is are be ' +
  'been not also after before during while against between over under about since until into from by ' +
  'European force plan peace ceasefire troops security guarantees backstop deployment mission talks ' +
  'ministers leaders summit coalition allies partners officials diplomats government parliament defence ' +
  'budget spending support proposal agreement negotiations framework monitoring border frontline air ' +
  'power naval training reassurance commitment pledge condition conditions framework statement meeting ' +
  'week month year today yesterday morning evening capital region conflict war invasion sanctions aid ' +
  'package funding weapons systems missiles drones brigades soldiers command headquarters planning ' +
  'operation operations public private report reports sources familiar matter people close discussions ' +
  'announced confirmed rejected welcomed warned insisted argued suggested proposed agreed declined signalled ' +
  'expected likely possible unclear uncertain important significant major key broad limited small large ' +
  'new first second third final further additional several many most some any every each other own ' +
  'political military economic strategic diplomatic legal technical practical regional international ' +
  'national joint common shared long short term lasting durable credible robust clear firm strong ' +
  'Washington Brussels Paris London Berlin Rome Warsaw Kyiv Moscow Ankara Helsinki Oslo Madrid Tallinn ' +
  'response question issue issues approach position positions stance debate pressure risk risks ' +
  'threat threats deterrence escalation de-escalation stability order lines zone zones corridor ports'
).split(' ');

const TITLE_WORDS = (
  'Europe Allies Leaders Ministers Plan Force Peace Ceasefire Troops Security Guarantees Backstop ' +
  'Talks Summit Coalition Deal Push Split Rift Doubts Hopes Pledge Warning Offer Demand Proposal ' +
  'Deployment Mission Support Pressure Deadline Meeting Call Report Leak Vote Decision Response'
).split(' ');
const TITLE_GLUE = 'for on over after as amid with in to of the a new fresh key'.split(' ');

const FIRST_NAMES = (
  'Anna Marek Sophie Luca Elena Jonas Marta Pierre Ingrid Tomas Clara Mateo Nora Viktor Alma Hugo Lena ' +
  'Pavel Ines Oskar Maja Felix Irena Dario Sara Emil Vera Karl Leila Nils Olga Rafael Ida Bruno Zofia ' +
  'Anton Greta Mikael Rosa Stefan Hana Jan Teresa Andrei Livia Gustav Petra Milan Eva Sven Ada'
).split(' ');
const LAST_NAMES = (
  'Kowalski Dubois Rossi Novak Jansen Lindqvist Moreau Weber Horvat Nieminen Costa Fischer Petrov ' +
  'Kral Olsen Varga Sousa Berg Lambert Ricci Nowak Schmidt Andersen Kovac Laine Ferreira Bauer Popescu ' +
  'Hansen Marin Vogel Dahl Leclerc Romano Wojcik Keller Holm Ivanov Silva Meyer Toth Lund Garnier ' +
  'Conti Zielinski Wagner Strand Mercier Gallo Sokolov'
).split(' ');
const STATES = (
  'France|United Kingdom|Germany|Italy|Poland|Spain|Netherlands|Belgium|Denmark|Sweden|Finland|Norway|' +
  'Estonia|Latvia|Lithuania|Czech Republic|Slovakia|Hungary|Romania|Bulgaria|Greece|Portugal|Ireland|' +
  'Austria|Croatia|Slovenia|Turkey|Canada|Australia|Japan|United States|Ukraine|Russia|Belarus|Moldova|' +
  'Georgia|China|India|Brazil|South Africa|Saudi Arabia|Qatar|Switzerland|Iceland|Luxembourg'
).split('|');
const ORGS = (
  'NATO|European Commission|European Council|European Parliament|United Nations|OSCE|G7|' +
  'Security Council|European Defence Agency|Coalition of the Willing|Joint Expeditionary Force|' +
  'Nordic Defence Cooperation|Weimar Triangle|Council of Europe|World Bank|IMF'
).split('|');
const MEDIA = 'Financial Times|Reuters|BBC|Le Monde|Der Spiegel|Politico|Bloomberg|The Guardian'.split('|');
const PUBLISHERS = [
  'Kyiv Independent',
  'Semafor',
  'Euronews',
  'Reuters',
  'Politico Europe',
  'The Guardian',
  'Associated Press',
  'Deutsche Welle',
  'France 24',
  'Al Jazeera',
  'BBC News',
  'News.az',
];
const TOPIC_NAMES = [
  'Reassurance force',
  'US backstop',
  'Security guarantees',
  'Ceasefire monitoring',
  'Air policing',
  'Naval security',
  'Troop contributions',
  'Command structure',
  'Funding the force',
  'Legal mandate',
  'Russian response',
  'NATO membership',
  'Sanctions relief',
  'Territorial questions',
  'Reconstruction',
  'Prisoner exchange',
  'Energy infrastructure',
  'Black Sea corridor',
  'Peace talks format',
  'Elections in Ukraine',
];
const GROUP_NAMES = 'Wagner Group|Azov Brigade|Opposition bloc|Veterans union|Peace movement'.split('|');
const ROLE_TITLES = [
  'president',
  'prime minister',
  'foreign minister',
  'defence minister',
  'envoy',
  'chancellor',
];

const EVENT_KINDS: readonly (readonly [EventKind, number])[] = [
  ['meeting', 24],
  ['statement', 22],
  ['press-conference', 10],
  ['report', 12],
  ['call', 10],
  ['summit', 5],
  ['leak', 4],
  ['decision', 8],
  ['other', 5],
];
const PRECISIONS: readonly (readonly [DatePrecision, number])[] = [
  ['day', 85],
  ['week', 10],
  ['month', 5],
];

// ---------------------------------------------------------------------------
// Dates (UTC calendar arithmetic only)

/** "March 3, 2025" */
function spelledDate(iso: string): string {
  const { y, m, d } = parseIso(iso);
  return `${MONTH_NAMES[m - 1]} ${d}, ${y}`;
}

/** "Mar. 3" as news copy abbreviates it (`dot` false: "Mar 3"). */
function shortDate(iso: string, dot = true): string {
  const { m, d } = parseIso(iso);
  return `${MONTH_NAMES[m - 1]!.slice(0, 3)}${dot ? '.' : ''} ${d}`;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// ---------------------------------------------------------------------------
// The corpus

export interface CorpusOptions {
  seed?: number;
  articles?: number;
  events?: number;
  actors?: number;
  topics?: number;
  startDate?: string;
  days?: number;
  positions?: number;
  quotes?: number;
}

export interface Corpus {
  index: DataIndex;
  articles: Article[];
}

function makeActors(rng: Rng, count: number): Actor[] {
  const plain = (name: string, kind: ActorKind): Actor => ({
    id: slug(name),
    name,
    kind,
    affiliation: null,
    role: null,
    roles: [],
    aliases: [name],
  });
  const nStates = Math.min(STATES.length, Math.round(count * 0.15));
  const nOrgs = Math.min(ORGS.length, Math.round(count * 0.05));
  const nMedia = Math.min(MEDIA.length, Math.round(count * 0.03));
  const nGroups = Math.min(GROUP_NAMES.length, Math.round(count * 0.02));
  const nPeople = Math.max(0, count - nStates - nOrgs - nMedia - nGroups);
  const states = STATES.slice(0, nStates).map((name) => plain(name, 'state'));
  const people: Actor[] = [];
  const seenNames = new Set<string>();
  for (let i = 0; i < nPeople; i++) {
    let name = '';
    for (let tries = 0; tries < 20 && (!name || seenNames.has(name)); tries++) {
      name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
    }
    if (seenNames.has(name)) name = `${name} ${i}`;
    seenNames.add(name);
    const state = states.length ? rng.pick(states) : null;
    const title = rng.pick(ROLE_TITLES);
    people.push({
      id: slug(name),
      name,
      kind: 'person',
      affiliation: state?.id ?? null,
      role: state ? `${capitalise(title)} of ${state.name}` : capitalise(title),
      roles: [{ title: state ? `${state.name} ${title}` : title }],
      aliases: [name, name.split(' ').at(-1)!],
    });
  }
  const rest = [
    ...people,
    ...ORGS.slice(0, nOrgs).map((name) => plain(name, 'organisation')),
    ...MEDIA.slice(0, nMedia).map((name) => plain(name, 'media')),
    ...GROUP_NAMES.slice(0, nGroups).map((name) => plain(name, 'group')),
  ];
  // Interleaved, because list order is frequency order (Zipf): the busiest
  // actors mix people and states, as in real coverage.
  const actors: Actor[] = [];
  let s = 0;
  let r = 0;
  while (s < states.length || r < rest.length) {
    if (r < rest.length) actors.push(rest[r++]!);
    if (r < rest.length) actors.push(rest[r++]!);
    if (s < states.length) actors.push(states[s++]!);
  }
  return actors;
}

function makeTopics(count: number): Topic[] {
  return Array.from({ length: count }, (_, i) => {
    const name = TOPIC_NAMES[i] ?? `Topic ${i + 1}`;
    return {
      id: i < TOPIC_NAMES.length ? slug(name) : `topic-${i + 1}`,
      name,
      description: `Coverage of ${name.toLowerCase()} in the negotiations over a European force.`,
    };
  });
}

interface SentenceDraft {
  tokens: string[];
  actorIds: string[];
}

function words(rng: Rng, n: number): string[] {
  return Array.from({ length: n }, () => rng.pick(WORDS));
}

function makeTitle(rng: Rng, names: readonly string[]): string {
  const n = rng.int(6, 14);
  const tokens: string[] = [];
  while (tokens.length < n) {
    const r = rng.float();
    if (r < 0.15 && names.length) tokens.push(...rng.pick(names).split(' '));
    else if (r < 0.55) tokens.push(rng.pick(TITLE_WORDS));
    else if (r < 0.75) tokens.push(rng.pick(TITLE_GLUE));
    else tokens.push(rng.pick(WORDS));
  }
  return capitalise(tokens.slice(0, n).join(' '));
}

type Sizes = Required<CorpusOptions>;

/** What the generators share: the seeded generator and Zipf-skewed pickers over actors and topics. */
interface Draw {
  rng: Rng;
  sizes: Sizes;
  actors: Actor[];
  actorsById: ReadonlyMap<string, Actor>;
  topics: Topic[];
  pickActor(): Actor;
  pickTopic(): Topic | undefined;
}

/**
 * A contract-valid corpus. Article ids `a0001…`, event ids `e00001…`; actors
 * are ordered by how often they appear (the first few dominate).
 */
export function generateCorpus(options: CorpusOptions = {}): Corpus {
  const sizes = withDefaults(options);
  const draw = drawFrom(sizes);
  const { articles, newest } = makeArticles(draw);
  const evidence = evidenceSampler(draw.rng, articles);
  const events = makeEvents(draw, articles, evidence);
  const quotes = makeQuotes(draw, articles, events, evidence);
  const positions = makePositions(draw, articles, evidence);
  const summaries: ArticleSummary[] = articles.map(({ paragraphs: _p, ...summary }) => summary);
  const index = assembleDataIndex({
    generatedAt: newest,
    articles: summaries,
    actors: draw.actors,
    topics: draw.topics,
    events,
    quotes,
    positions,
  });
  return { index, articles };
}

function withDefaults(options: CorpusOptions): Sizes {
  const events = options.events ?? 10000;
  return {
    seed: 1,
    articles: 2000,
    actors: 300,
    topics: 20,
    startDate: '2025-01-01',
    days: 365,
    positions: Math.round(events * 0.3),
    quotes: Math.round(events * 0.5),
    ...options,
    events,
  };
}

function drawFrom(sizes: Sizes): Draw {
  const rng = new Rng(sizes.seed);
  const actors = makeActors(rng, sizes.actors);
  const topics = makeTopics(sizes.topics);
  const actorSample = zipfSampler(actors.length, 1.1);
  const topicSample = zipfSampler(topics.length, 0.8);
  return {
    rng,
    sizes,
    actors,
    actorsById: new Map(actors.map((a) => [a.id, a])),
    topics,
    pickActor: () => actors[actorSample(rng)]!,
    pickTopic: () => topics[topicSample(rng)],
  };
}

/** Articles: publication dates spread over the period, sorted by date. */
function makeArticles(draw: Draw): { articles: Article[]; newest: string } {
  const { rng, sizes } = draw;
  const pubDates = Array.from({ length: sizes.articles }, () =>
    addDays(sizes.startDate, rng.int(0, sizes.days - 1)),
  ).sort();
  return {
    articles: pubDates.map((date, i) => makeArticle(draw, `a${String(i + 1).padStart(4, '0')}`, date, i)),
    newest: pubDates[pubDates.length - 1] ?? sizes.startDate,
  };
}

function makeArticle(draw: Draw, id: string, date: string, i: number): Article {
  const { rng } = draw;
  const castSize = rng.int(3, 8);
  const cast: Actor[] = [];
  for (let c = 0; c < castSize; c++) {
    const actor = draw.pickActor();
    if (!cast.includes(actor)) cast.push(actor);
  }
  const drafts = Array.from({ length: rng.int(15, 60) }, () => draftSentence(rng, cast));
  const counts = new Map<string, number>();
  for (const d of drafts) for (const a of d.actorIds) counts.set(a, (counts.get(a) ?? 0) + 1);
  const paragraphs = toParagraphs(rng, drafts, date);
  const published =
    i % 41 === 7
      ? null
      : {
          date,
          precision: 'day' as const,
          method: 'dateline',
          confidence: 'stated' as const,
          source: `Published ${spelledDate(date)}`,
        };
  return {
    id,
    sourceFile: `${id}.txt`,
    sourceUrl: `https://news.example.org/${date.slice(0, 7)}/${id}`,
    title: makeTitle(
      rng,
      cast.map((a) => a.name),
    ),
    titleDerived: rng.chance(0.03),
    publisher: rng.chance(0.95) ? rng.pick(PUBLISHERS) : null,
    author: rng.chance(0.85) ? `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}` : null,
    published,
    citedOutlets: rng.chance(0.3) ? [rng.pick(MEDIA)] : [],
    mentions: [...counts]
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
      .map(([actorId, count]) => ({ actorId, count })),
    sentenceCount: drafts.length,
    paragraphs,
  };
}

/** Words with zero to two mentions of the article's cast. */
function draftSentence(rng: Rng, cast: readonly Actor[]): SentenceDraft {
  const tokens = words(rng, rng.int(12, 35));
  const actorIds: string[] = [];
  const mentions = rng.weighted([
    [0, 35],
    [1, 45],
    [2, 20],
  ] as const);
  for (let m = 0; m < mentions; m++) {
    const actor = rng.pick(cast);
    const alias = m === 0 ? actor.name : rng.pick(actor.aliases);
    tokens.splice(rng.int(0, tokens.length - 1), 1, ...alias.split(' '));
    if (!actorIds.includes(actor.id)) actorIds.push(actor.id);
  }
  tokens[0] = capitalise(tokens[0]!);
  if (rng.chance(0.2)) tokens[rng.int(1, tokens.length - 1)] += ',';
  return { tokens, actorIds };
}

/** Sentences in paragraphs of one to five; some end with a date in the week before publication. */
function toParagraphs(rng: Rng, drafts: readonly SentenceDraft[], date: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const usedIds = new Set<string>();
  let s = 0;
  while (s < drafts.length) {
    const size = Math.min(drafts.length - s, rng.int(1, 5));
    const sentences: Sentence[] = drafts.slice(s, s + size).map((draft) => {
      const dates: Sentence['dates'] = [];
      let text = `${draft.tokens.join(' ')}.`;
      if (rng.chance(0.15)) {
        const day = addDays(date, -rng.int(0, 6));
        const mention = `on ${shortDate(day)}`;
        text = `${draft.tokens.join(' ')} ${mention}.`;
        dates.push({ text: mention, date: day, precision: 'day' });
      }
      let sid = `s${fnv1a(text)}`;
      for (let n = 2; usedIds.has(sid); n++) sid = `s${fnv1a(text)}-${n}`;
      usedIds.add(sid);
      return { id: sid, text, actorIds: draft.actorIds, dates };
    });
    paragraphs.push({ sentences });
    s += size;
  }
  return paragraphs;
}

type EvidenceFor = (article: Article, actorId?: string, minWords?: number, maxWords?: number) => Evidence;

/** A verbatim run of words from a sentence of `article`, preferably one that names `actorId`. */
function evidenceSampler(rng: Rng, articles: readonly Article[]): EvidenceFor {
  const sentencesOf = new Map(articles.map((a) => [a.id, a.paragraphs.flatMap((p) => p.sentences)]));
  return (article, actorId, minWords = 4, maxWords = 12) => {
    const sentences = sentencesOf.get(article.id)!;
    const naming = actorId ? sentences.filter((s) => s.actorIds.includes(actorId)) : [];
    const sentence = naming.length ? rng.pick(naming) : rng.pick(sentences);
    const tokens = sentence.text.split(' ');
    const len = Math.min(tokens.length, rng.int(minWords, maxWords));
    const from = rng.int(0, tokens.length - len);
    const quote = tokens.slice(from, from + len).join(' ');
    const evidence: Evidence = { articleId: article.id, sentenceId: sentence.id, quote };
    if (article.citedOutlets.length && rng.chance(0.3)) evidence.reportedBy = article.citedOutlets[0]!;
    return evidence;
  };
}

const articleDate = (article: Article, startDate: string) => article.published?.date ?? startDate;

/** Events, each anchored on an article published on or soon after it, sorted by date. */
function makeEvents(draw: Draw, articles: readonly Article[], evidenceFor: EvidenceFor): StoryEvent[] {
  const events: StoryEvent[] = [];
  for (let i = 0; i < draw.sizes.events && articles.length; i++)
    events.push(makeEvent(draw, articles, evidenceFor, i));
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}

function makeEvent(
  draw: Draw,
  articles: readonly Article[],
  evidenceFor: EvidenceFor,
  i: number,
): StoryEvent {
  const { rng, sizes } = draw;
  const lastDay = addDays(sizes.startDate, sizes.days - 1);
  const article = articles[rng.int(0, articles.length - 1)]!;
  const planned = rng.chance(0.07);
  let date = addDays(articleDate(article, sizes.startDate), planned ? rng.int(1, 20) : -rng.int(0, 3));
  if (date < sizes.startDate) date = sizes.startDate;
  if (date > lastDay) date = lastDay;
  const precision = rng.weighted(PRECISIONS);
  if (precision === 'month') {
    const { y, m } = parseIso(date);
    date = monthStart(y, m);
  }
  const actorIds = eventActors(draw);
  const topicIds: string[] = [];
  for (let t = rng.int(1, 2); t > 0; t--) {
    const topic = draw.pickTopic();
    if (topic && !topicIds.includes(topic.id)) topicIds.push(topic.id);
  }
  const nEvidence = rng.weighted([
    [1, 70],
    [2, 22],
    [3, 8],
  ] as const);
  const evidence: Evidence[] = [evidenceFor(article, actorIds[0])];
  for (let e = 1; e < nEvidence; e++) evidence.push(evidenceFor(rng.pick(articles), actorIds[0]));
  const names = actorIds.map((a) => draw.actorsById.get(a)?.name ?? a);
  const event: StoryEvent = {
    id: `e${String(i + 1).padStart(5, '0')}`,
    date,
    precision,
    title: makeTitle(rng, names),
    summary: `${capitalise(words(rng, rng.int(12, 25)).join(' '))}.`,
    kind: rng.weighted(EVENT_KINDS),
    planned,
    actorIds,
    topicIds,
    evidence,
    provenance: rng.chance(0.2) ? 'curated' : 'extracted',
  };
  if (precision === 'day' && rng.chance(0.04)) {
    const endDate = addDays(date, rng.int(1, 3));
    if (endDate <= lastDay) event.endDate = endDate;
  }
  return event;
}

/** One to four distinct actors, the busiest most often. */
function eventActors(draw: Draw): string[] {
  const n = draw.rng.weighted([
    [1, 40],
    [2, 35],
    [3, 17],
    [4, 8],
  ] as const);
  const actorIds: string[] = [];
  for (let a = 0; a < n * 3 && actorIds.length < n; a++) {
    const actor = draw.pickActor();
    if (!actorIds.includes(actor.id)) actorIds.push(actor.id);
  }
  return actorIds;
}

/** Quotes: verbatim runs of sentences, some tied to an event. */
function makeQuotes(
  draw: Draw,
  articles: readonly Article[],
  events: readonly StoryEvent[],
  evidenceFor: EvidenceFor,
): Quote[] {
  const { rng } = draw;
  const quotes: Quote[] = [];
  for (let i = 0; i < draw.sizes.quotes && articles.length; i++) {
    const speaker = rng.chance(0.85) ? draw.pickActor() : null;
    const evidence = evidenceFor(rng.pick(articles), speaker?.id, 6, 16);
    const quoted = evidence.quote.split(' ');
    const text = rng.chance(0.5) && quoted.length > 5 ? quoted.slice(1, -1).join(' ') : evidence.quote;
    const quote: Quote = {
      id: `q${String(i + 1).padStart(5, '0')}`,
      text,
      speakerId: speaker?.id ?? null,
      speakerLabel: speaker?.name ?? rng.pick(['an EU diplomat', 'a senior official', 'unknown']),
      evidence,
      topicIds: rng.chance(0.7) ? [draw.pickTopic()!.id] : [],
      provenance: rng.chance(0.2) ? 'curated' : 'extracted',
    };
    if (events.length && rng.chance(0.4)) quote.eventId = rng.pick(events).id;
    quotes.push(quote);
  }
  return quotes;
}

/** Positions: actor × topic with a stance, dated by their evidence. */
function makePositions(draw: Draw, articles: readonly Article[], evidenceFor: EvidenceFor): Position[] {
  const { rng, sizes } = draw;
  const positions: Position[] = [];
  const perPair = new Map<string, number>();
  for (let i = 0; i < sizes.positions && articles.length && draw.topics.length; i++) {
    const actor = draw.pickActor();
    const topic = draw.pickTopic()!;
    const article = rng.pick(articles);
    const key = `${actor.id}-${topic.id}`;
    const n = (perPair.get(key) ?? 0) + 1;
    perPair.set(key, n);
    positions.push({
      id: `p-${key}-${n}`,
      actorId: actor.id,
      topicId: topic.id,
      date: articleDate(article, sizes.startDate),
      precision: rng.chance(0.9) ? 'day' : 'week',
      stance: rng.pick(stance.options),
      summary: `${capitalise(words(rng, rng.int(8, 20)).join(' '))}.`,
      evidence: [evidenceFor(article, actor.id)],
    });
  }
  return positions;
}

/** Serialises like the pipeline: one JSON document, no indentation, trailing newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/** Writes `index.json` and `articles/<id>.json` (`{ schemaVersion, article }`) into `dir`. */
export function writeCorpus(dir: string, corpus: Corpus): { files: number; bytes: number } {
  mkdirSync(join(dir, 'articles'), { recursive: true });
  let bytes = 0;
  const indexJson = toJson(corpus.index);
  writeFileSync(join(dir, 'index.json'), indexJson);
  bytes += Buffer.byteLength(indexJson);
  for (const article of corpus.articles) {
    const json = toJson({ schemaVersion: SCHEMA_VERSION, article });
    writeFileSync(join(dir, 'articles', `${article.id}.json`), json);
    bytes += Buffer.byteLength(json);
  }
  return { files: corpus.articles.length + 1, bytes };
}

// ---------------------------------------------------------------------------
// Raw articles for the pipeline benchmark

/** Real names from the story, so the curated gazetteer has something to find. */
const STORY_PEOPLE = [
  'Emmanuel Macron',
  'Keir Starmer',
  'Volodymyr Zelensky',
  'Donald Trump',
  'Vladimir Putin',
  'Giorgia Meloni',
  'Friedrich Merz',
  'Mark Rutte',
  'Pete Hegseth',
  'Steve Witkoff',
  'Marco Rubio',
  'Ursula von der Leyen',
  'Kaja Kallas',
  'Donald Tusk',
  'Andrii Sybiha',
  'John Healey',
  'Sergei Lavrov',
  'Jonas Gahr Store',
];
const STORY_PLACES = [
  'the White House',
  'the Elysee Palace',
  'Downing Street',
  'the Kremlin',
  'Brussels',
  'Kyiv',
];
const BOILERPLATE = ['AD', 'Share', 'Advertisement', 'Read more', 'Sign up for our newsletter', 'Show More'];

export interface RawArticle {
  /** File name, e.g. `000123_3fa2c9d1.txt`. */
  name: string;
  text: string;
  url: string;
}

/**
 * Scraped-looking article texts: navigation crumbs, a title line, a date line
 * ("Published March 3, 2025"), a byline, body paragraphs that name real actors
 * and dates ("on Feb. 24", "last week"), and boilerplate between paragraphs.
 */
export function generateRawArticles(n: number, seed = 1, startDate = '2025-01-01', days = 365): RawArticle[] {
  const rng = new Rng(seed ^ 0x5eed);
  const out: RawArticle[] = [];
  for (let i = 0; i < n; i++) {
    const date = addDays(startDate, rng.int(0, days - 1));
    const cast = Array.from({ length: rng.int(2, 5) }, () => rng.pick(STORY_PEOPLE));
    const title = makeTitle(rng, cast);
    const lines: string[] = [];
    if (rng.chance(0.5)) lines.push('Home | World | Europe', '');
    if (rng.chance(0.3)) lines.push('Share', '');
    lines.push(title, '');
    lines.push(
      rng.weighted([
        [`Published ${spelledDate(date)}`, 6],
        [`Updated ${shortDate(date, false)}, ${parseIso(date).y}, 1:00pm EDT`, 2],
        [`${spelledDate(date)}`, 2],
      ] as const),
    );
    lines.push(`By ${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}, ${rng.pick(PUBLISHERS)}`, '');
    const nSentences = rng.int(15, 60);
    let paragraph: string[] = [];
    for (let s = 0; s < nSentences; s++) {
      const tokens = words(rng, rng.int(12, 35));
      if (rng.chance(0.6)) tokens.splice(rng.int(0, tokens.length - 1), 0, ...rng.pick(cast).split(' '));
      if (rng.chance(0.15)) tokens.push('in', ...rng.pick(STORY_PLACES).split(' '));
      if (rng.chance(0.15)) {
        const day = addDays(date, -rng.int(0, 6));
        tokens.push('on', ...shortDate(day).split(' '));
      } else if (rng.chance(0.05)) tokens.push('last', 'week');
      tokens[0] = capitalise(tokens[0]!);
      let sentence = `${tokens.join(' ')}.`;
      if (rng.chance(0.08)) sentence = `"${sentence.slice(0, -1)}," ${rng.pick(cast)} said.`;
      paragraph.push(sentence);
      if (paragraph.length >= rng.int(1, 5) || s === nSentences - 1) {
        lines.push(paragraph.join(' '), '');
        paragraph = [];
        if (rng.chance(0.12)) lines.push(rng.pick(BOILERPLATE), '');
      }
    }
    if (rng.chance(0.5)) lines.push(`Read more: ${makeTitle(rng, cast)}`, '');
    lines.push('Share');
    const name = `${String(i).padStart(6, '0')}_${fnv1a(`${seed}:${i}:${title}`)}.txt`;
    out.push({ name, text: `${lines.join('\n')}\n`, url: `https://news.example.org/${date}/${slug(title)}` });
  }
  return out;
}

/**
 * Clauses of a run-on sentence as a careless scrape produces them: titles and names, nationalities, dates,
 * a short quotation and a credited outlet in every clause, and no full stop until the very end, so the
 * whole file is one sentence and every stage sees it at once.
 */
const RUN_ON_CLAUSES = [
  'French President Emmanuel Macron told reporters in Paris on Feb. 24 that Europe was “ready to act”',
  'and Britain’s Prime Minister Keir Starmer said the coalition would meet in London next week',
  'while U.S. President Donald Trump, who spoke to the FT, called a backstop premature on Thursday',
  'as Italy’s Giorgia Meloni and Defense Secretary Pete Hegseth met Volodymyr Zelensky in Kyiv',
  'and the minister added that the reassurance force would need air defence, according to Politico,',
];

/** One raw article of about `bytes` bytes whose body is a single run-on sentence (issue #18). */
export function generateRunOnArticle(bytes: number): RawArticle {
  const head = 'Leaders talk on and on about a force for Ukraine\n\nPublished February 26, 2025\n\n';
  const parts: string[] = [];
  let length = Buffer.byteLength(head);
  for (let i = 0; length < bytes; i++) {
    const clause = RUN_ON_CLAUSES[i % RUN_ON_CLAUSES.length]!;
    parts.push(clause);
    length += Buffer.byteLength(clause) + 1;
  }
  const kb = Math.round(bytes / 1024);
  return {
    name: `run-on-${kb}kb.txt`,
    text: `${head}${parts.join(' ')} and nobody stopped.\n`,
    url: `https://news.example.org/2025-02-26/run-on-${kb}kb`,
  };
}

/** Writes raw articles and a `SOURCES.tsv` (file → address) into `dir`. */
export function writeRawArticles(dir: string, raw: readonly RawArticle[]): void {
  mkdirSync(dir, { recursive: true });
  for (const article of raw) writeFileSync(join(dir, article.name), article.text);
  writeFileSync(
    join(dir, 'SOURCES.tsv'),
    `file\taddress\n${raw.map((a) => `${a.name}\t${a.url}`).join('\n')}\n`,
  );
}

// ---------------------------------------------------------------------------
// CLI

const FLAGS = {
  out: { type: 'string' },
  seed: { type: 'string' },
  events: { type: 'string' },
  articles: { type: 'string' },
  actors: { type: 'string' },
  raw: { type: 'string' },
} as const;

const USAGE =
  'usage: tsx scripts/syntheticCorpus.ts --out <dir> [--seed N] [--events N] [--articles N] [--actors N]\n' +
  '       tsx scripts/syntheticCorpus.ts --raw <N> --out <dir> [--seed N]\n';

interface Command {
  out: string;
  seed: number;
  /** Raw `.txt` articles to write instead of a corpus, when given. */
  raw: number | null;
  sizes: CorpusOptions;
}

function command(argv: readonly string[]): Command {
  const args = parseFlags(argv, FLAGS);
  if (!args.out) throw new UsageError('--out <dir> is required');
  const size = (flag: 'events' | 'articles' | 'actors') =>
    args[flag] === undefined ? {} : { [flag]: wholeNumber(args[flag], flag, 0) };
  return {
    out: resolve(args.out),
    seed: wholeNumber(args.seed, 'seed', 1),
    raw: args.raw === undefined ? null : wholeNumber(args.raw, 'raw', 0),
    sizes: { ...size('events'), ...size('articles'), ...size('actors') },
  };
}

function main(argv: readonly string[]): number {
  const c = readCommandLine(() => command(argv), USAGE);
  if (!c) return 2;
  if (c.raw !== null) {
    const raw = generateRawArticles(c.raw, c.seed);
    writeRawArticles(c.out, raw);
    process.stdout.write(`wrote ${raw.length} raw articles to ${c.out}\n`);
    return 0;
  }
  const corpus = generateCorpus({ seed: c.seed, ...c.sizes });
  const { files, bytes } = writeCorpus(c.out, corpus);
  const n = corpus.index.counts;
  process.stdout.write(
    `wrote ${files} files (${(bytes / 1024 / 1024).toFixed(1)} MB) to ${c.out}: ${n.articles} articles, ` +
      `${n.events} events, ${n.actors} actors, ${n.topics} topics, ${n.quotes} quotes, ${n.positions} positions\n`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  process.exitCode = main(process.argv.slice(2));
