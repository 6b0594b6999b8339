import {
  lastDayCovered,
  type ArticleSummary,
  type DataIndex,
  type EventKind,
  type Provenance,
  type Stance,
  type StoryEvent,
} from '../../model/core';
import { FILTER_KEYS, type EventFilters, type FilterKey } from '../view/viewParams';
import { memoOn } from './memoOn';

/** Filters with a list of values to count: every filter but the date range. */
export type FacetKey = Exclude<FilterKey, 'from' | 'to'>;
export const FACET_KEYS = FILTER_KEYS.filter((key): key is FacetKey => key !== 'from' && key !== 'to');

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
  /** The story's events, the ones the facets count over. */
  readonly events: readonly StoryEvent[];
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
  return { events: index.events, articlesById, facts, stancesByActor };
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

const countsOnce = memoOn((context: FilterContext, filters: string) =>
  facetCounts(context.events, JSON.parse(filters) as EventFilters, context),
);

/**
 * `facetCounts` over the whole story, kept per filter combination: the same filters on another
 * view (every prerendered page has none) do not count the story again.
 */
export function storyFacetCounts(filters: EventFilters, context: FilterContext): FacetCounts {
  return countsOnce(context, JSON.stringify(filters));
}
