import {
  lastDayCovered,
  type Actor,
  type ArticleSummary,
  type DataIndex,
  type EventKind,
  type Provenance,
  type Stance,
  type StoryEvent,
  type Topic,
} from '../../model';
import { formatDay } from '../format/dates';
import { stanceLabel } from '../matrix/stanceMatrix';

/**
 * Which events to show. Values within one filter are alternatives (OR);
 * different filters must all hold (AND). An absent or empty filter is off.
 * `StorySearch` (the URL state) has these same fields, so it can be passed
 * as is.
 */
export interface EventFilters {
  /** Events involving any of these actors. */
  actors?: string[];
  /** Events about any of these topics. */
  topics?: string[];
  /**
   * Events involving at least one actor who took one of these stances in some
   * position (at any date). When a topic filter is set too, only positions on
   * the selected topics count: `topics=un-mandate&stances=opposes` answers
   * "what did the actors who oppose a UN mandate do on the UN mandate?".
   */
  stances?: Stance[];
  /** Events with evidence from an article by any of these publishers. */
  publishers?: string[];
  kinds?: EventKind[];
  provenance?: Provenance;
  /** Inclusive ISO dates: keeps events whose covered span overlaps [from, to]. */
  from?: string;
  to?: string;
}

export type FilterKey = keyof EventFilters;

/** Every filter key, in the order of the URL and of the chips. */
export const FILTER_KEYS = [
  'actors',
  'topics',
  'stances',
  'kinds',
  'publishers',
  'provenance',
  'from',
  'to',
] as const satisfies readonly FilterKey[];

export type FacetKey = 'actors' | 'topics' | 'stances' | 'kinds' | 'publishers' | 'provenance';
export const FACET_KEYS = [
  'actors',
  'topics',
  'stances',
  'kinds',
  'publishers',
  'provenance',
] as const satisfies readonly FacetKey[];

/** What filtering needs to know about one event beyond its own fields. */
interface EventFacts {
  /** The last day the event covers (its date, end date or end of its week/month/year). */
  end: string;
  actorIds: readonly string[];
  topicIds: readonly string[];
  /** Publishers of the evidence articles, without duplicates or nulls. */
  publishers: readonly string[];
}

/** Precomputed once per loaded index by `buildFilterContext`. */
export interface FilterContext {
  readonly articlesById: ReadonlyMap<string, ArticleSummary>;
  /** By event id. Events missing here (not from this index) are worked out on the fly. */
  readonly facts: ReadonlyMap<string, EventFacts>;
  /** Actor id → stance → ids of the topics on which the actor took that stance. */
  readonly stancesByActor: ReadonlyMap<string, ReadonlyMap<Stance, ReadonlySet<string>>>;
}

const unique = <T>(values: readonly T[]): readonly T[] => (values.length < 2 ? values : [...new Set(values)]);

function eventFacts(event: StoryEvent, articlesById: ReadonlyMap<string, ArticleSummary>): EventFacts {
  const publishers = new Set<string>();
  for (const evidence of event.evidence) {
    const publisher = articlesById.get(evidence.articleId)?.publisher;
    if (publisher) publishers.add(publisher);
  }
  return {
    end: lastDayCovered(event.date, event.precision, event.endDate),
    actorIds: unique(event.actorIds),
    topicIds: unique(event.topicIds),
    publishers: [...publishers],
  };
}

export function buildFilterContext(
  index: Pick<DataIndex, 'articles' | 'events' | 'positions'>,
): FilterContext {
  const articlesById = new Map(index.articles.map((a) => [a.id, a]));
  const facts = new Map(index.events.map((e) => [e.id, eventFacts(e, articlesById)]));
  const stancesByActor = new Map<string, Map<Stance, Set<string>>>();
  for (const { actorId, stance, topicId } of index.positions) {
    let byStance = stancesByActor.get(actorId);
    if (!byStance) stancesByActor.set(actorId, (byStance = new Map()));
    let topics = byStance.get(stance);
    if (!topics) byStance.set(stance, (topics = new Set()));
    topics.add(topicId);
  }
  return { articlesById, facts, stancesByActor };
}

function factsOf(event: StoryEvent, context: FilterContext): EventFacts {
  return context.facts.get(event.id) ?? eventFacts(event, context.articlesById);
}

/** A filter's values as a set, or null when the filter is off. */
function setOf<T extends string>(values: readonly T[] | undefined): ReadonlySet<T> | null {
  return values && values.length > 0 ? new Set(values) : null;
}

const anyIn = (values: readonly string[], set: ReadonlySet<string>) => values.some((v) => set.has(v));

interface Compiled {
  actors: ReadonlySet<string> | null;
  topics: ReadonlySet<string> | null;
  stances: ReadonlySet<Stance> | null;
  publishers: ReadonlySet<string> | null;
  kinds: ReadonlySet<EventKind> | null;
  provenance: Provenance | null;
  from: string | null;
  to: string | null;
}

function compile(filters: EventFilters): Compiled {
  return {
    actors: setOf(filters.actors),
    topics: setOf(filters.topics),
    stances: setOf(filters.stances),
    publishers: setOf(filters.publishers),
    kinds: setOf(filters.kinds),
    provenance: filters.provenance ?? null,
    from: filters.from || null,
    to: filters.to || null,
  };
}

/** True when at least one filter would remove something. */
export function hasActiveFilters(filters: EventFilters): boolean {
  return FILTER_KEYS.some((key) => isActive(filters, key));
}

function isActive(filters: EventFilters, key: FilterKey): boolean {
  const value = filters[key];
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

/** Does an actor hold the stance on some topic (on one of `onTopics`, when given)? */
function holds(
  byStance: ReadonlyMap<Stance, ReadonlySet<string>> | undefined,
  stance: Stance,
  onTopics: ReadonlySet<string> | null,
): boolean {
  const topics = byStance?.get(stance);
  if (!topics) return false;
  if (!onTopics) return topics.size > 0;
  for (const topic of onTopics) if (topics.has(topic)) return true;
  return false;
}

function stancePasses(
  actorIds: readonly string[],
  stances: ReadonlySet<Stance>,
  onTopics: ReadonlySet<string> | null,
  context: FilterContext,
): boolean {
  for (const actorId of actorIds) {
    const byStance = context.stancesByActor.get(actorId);
    if (!byStance) continue;
    for (const stance of stances) if (holds(byStance, stance, onTopics)) return true;
  }
  return false;
}

/** The result of each filter for one event (true when off). */
interface Checks {
  actors: boolean;
  topics: boolean;
  stances: boolean;
  publishers: boolean;
  kinds: boolean;
  provenance: boolean;
  dates: boolean;
}

function check(event: StoryEvent, facts: EventFacts, c: Compiled, context: FilterContext): Checks {
  return {
    actors: !c.actors || anyIn(facts.actorIds, c.actors),
    topics: !c.topics || anyIn(facts.topicIds, c.topics),
    stances: !c.stances || stancePasses(facts.actorIds, c.stances, c.topics, context),
    publishers: !c.publishers || anyIn(facts.publishers, c.publishers),
    kinds: !c.kinds || c.kinds.has(event.kind),
    provenance: !c.provenance || event.provenance === c.provenance,
    dates: (!c.from || facts.end >= c.from) && (!c.to || event.date <= c.to),
  };
}

const allPass = (checks: Checks) =>
  checks.actors &&
  checks.topics &&
  checks.stances &&
  checks.publishers &&
  checks.kinds &&
  checks.provenance &&
  checks.dates;

/**
 * The events that pass every active filter, in input order. With no active
 * filter it returns `events` itself, so a memo downstream sees no change.
 */
export function filterEvents<E extends StoryEvent>(
  events: readonly E[],
  filters: EventFilters,
  context: FilterContext,
): readonly E[] {
  if (!hasActiveFilters(filters)) return events;
  const compiled = compile(filters);
  return events.filter((event) => allPass(check(event, factsOf(event, context), compiled, context)));
}

export interface FacetCounts {
  actors: Map<string, number>;
  topics: Map<string, number>;
  stances: Map<Stance, number>;
  kinds: Map<EventKind, number>;
  publishers: Map<string, number>;
  provenance: Map<Provenance, number>;
}

const increment = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/**
 * For each facet, value → how many events there would be with that value
 * alone selected in the facet and every other filter as it is (standard
 * faceted search: a facet's own selection does not narrow its own counts).
 * So `counts.actors.get(id)` equals
 * `filterEvents(events, { ...filters, actors: [id] }, context).length`.
 * Values with no event are absent, except selected ones, which appear with 0.
 * One pass over the events: O(events × values per event).
 */
export function facetCounts(
  events: readonly StoryEvent[],
  filters: EventFilters,
  context: FilterContext,
): FacetCounts {
  const c = compile(filters);
  const counts: FacetCounts = {
    actors: new Map(),
    topics: new Map(),
    stances: new Map(),
    kinds: new Map(),
    publishers: new Map(),
    provenance: new Map(),
  };
  for (const key of FACET_KEYS) {
    const selected = filters[key];
    const values = Array.isArray(selected) ? selected : selected ? [selected] : [];
    for (const value of values) (counts[key] as Map<string, number>).set(value, 0);
  }
  const onlyTopic = new Set<string>();

  for (const event of events) {
    const facts = factsOf(event, context);
    const k = check(event, facts, c, context);
    // An event counts in a facet when it passes every filter but that facet's own.
    const base = k.actors && k.publishers && k.kinds && k.provenance && k.dates;
    const pair = k.topics && k.stances;
    if (pair) {
      if (k.publishers && k.kinds && k.provenance && k.dates)
        for (const id of facts.actorIds) increment(counts.actors, id);
      if (k.actors && k.kinds && k.provenance && k.dates)
        for (const publisher of facts.publishers) increment(counts.publishers, publisher);
      if (k.actors && k.publishers && k.provenance && k.dates) increment(counts.kinds, event.kind);
      if (k.actors && k.publishers && k.kinds && k.dates) increment(counts.provenance, event.provenance);
    }
    if (!base) continue;
    if (k.topics) {
      // The stances the event's actors hold (on the selected topics, if any).
      for (const stance of stancesHeld(facts.actorIds, c.topics, context)) increment(counts.stances, stance);
    }
    // Selecting topic t alone would also narrow the stance filter to t.
    for (const topicId of facts.topicIds) {
      if (c.stances) {
        onlyTopic.clear();
        onlyTopic.add(topicId);
        if (!stancePasses(facts.actorIds, c.stances, onlyTopic, context)) continue;
      }
      increment(counts.topics, topicId);
    }
  }
  return counts;
}

function stancesHeld(
  actorIds: readonly string[],
  onTopics: ReadonlySet<string> | null,
  context: FilterContext,
): Set<Stance> {
  const held = new Set<Stance>();
  for (const actorId of actorIds) {
    const byStance = context.stancesByActor.get(actorId);
    if (!byStance) continue;
    for (const stance of byStance.keys()) if (holds(byStance, stance, onTopics)) held.add(stance);
  }
  return held;
}

export interface FilterChip {
  key: FilterKey;
  value: string;
  /** Readable text: an actor's name, "stance: opposes", "from 20 February 2025". */
  label: string;
}

export interface ChipLookup {
  actorsById: ReadonlyMap<string, Actor>;
  topicsById: ReadonlyMap<string, Topic>;
}

/** "press-conference" → "press conference". */
export function eventKindLabel(kind: EventKind): string {
  return kind.replace(/-/g, ' ');
}

/** One removable chip per active filter value, in URL order. Unknown ids show as themselves. */
export function activeFilterChips(filters: EventFilters, lookup: ChipLookup): FilterChip[] {
  const chips: FilterChip[] = [];
  const add = (key: FilterKey, value: string, label: string) => chips.push({ key, value, label });
  for (const id of filters.actors ?? []) add('actors', id, lookup.actorsById.get(id)?.name ?? id);
  for (const id of filters.topics ?? []) add('topics', id, lookup.topicsById.get(id)?.name ?? id);
  for (const stance of filters.stances ?? []) add('stances', stance, `stance: ${stanceLabel(stance)}`);
  for (const kind of filters.kinds ?? []) add('kinds', kind, `kind: ${eventKindLabel(kind)}`);
  for (const publisher of filters.publishers ?? []) add('publishers', publisher, `source: ${publisher}`);
  if (filters.provenance) add('provenance', filters.provenance, `${filters.provenance} only`);
  if (filters.from) add('from', filters.from, `from ${formatDay(filters.from)}`);
  if (filters.to) add('to', filters.to, `until ${formatDay(filters.to)}`);
  return chips;
}

/**
 * A copy of `filters` without one value (a list left empty is dropped; a
 * single-valued filter is dropped when it equals `value`). Other fields, such
 * as the rest of a StorySearch, are kept. The input is never changed.
 */
export function removeFilterValue<F extends EventFilters>(filters: F, key: FilterKey, value: string): F {
  const next = { ...filters };
  const current = next[key];
  if (Array.isArray(current)) {
    const kept = (current as string[]).filter((v) => v !== value);
    if (kept.length) (next as Record<string, unknown>)[key] = kept;
    else delete next[key];
  } else if (current === value) {
    delete next[key];
  }
  return next;
}

/** A copy of `filters` with every event filter removed and everything else kept. */
export function clearFilters<F extends EventFilters>(filters: F): Omit<F, FilterKey> {
  const next: Partial<F> = { ...filters };
  for (const key of FILTER_KEYS) delete next[key];
  return next as Omit<F, FilterKey>;
}

export interface EmptyResultHint {
  /** The filter to clear. */
  key: FilterKey;
  /** How many events there would be without it. */
  count: number;
}

/**
 * When no event passes the filters: the one filter whose removal brings back
 * the most events (ties go to the earlier key in FILTER_KEYS), so the UI can
 * offer "clear the actor filter". Null when there are results already, or
 * when clearing any single filter still leaves nothing.
 */
export function emptyResultHint(
  events: readonly StoryEvent[],
  filters: EventFilters,
  context: FilterContext,
): EmptyResultHint | null {
  if (events.length === 0 || filterEvents(events, filters, context).length > 0) return null;
  let best: EmptyResultHint | null = null;
  for (const key of FILTER_KEYS) {
    if (!isActive(filters, key)) continue;
    const without: EventFilters = { ...filters };
    delete without[key];
    const count = filterEvents(events, without, context).length;
    if (count > (best?.count ?? 0)) best = { key, count };
  }
  return best;
}
