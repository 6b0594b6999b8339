import type {
  Actor,
  ArticleSummary,
  DataIndex,
  Evidence,
  Position,
  Quote,
  StoryEvent,
  Topic,
} from '../../model/core';

/** Something that cites a sentence as its evidence, for highlighting and linking back. */
export interface EvidenceUse {
  type: 'event' | 'quote' | 'position';
  id: string;
  label: string;
}

/** Id → item maps, time-ordered lists and reverse links, computed once per loaded index. */
export interface StoryLookup {
  eventsById: Map<string, StoryEvent>;
  actorsById: Map<string, Actor>;
  topicsById: Map<string, Topic>;
  articlesById: Map<string, ArticleSummary>;
  quotesById: Map<string, Quote>;
  positionsById: Map<string, Position>;
  /** Events sorted by date, then title: the order of "previous / next". */
  eventsInOrder: StoryEvent[];
  eventsByActor: Map<string, StoryEvent[]>;
  eventsByTopic: Map<string, StoryEvent[]>;
  quotesByActor: Map<string, Quote[]>;
  /** Positions by date within each actor. */
  positionsByActor: Map<string, Position[]>;
  positionsByTopic: Map<string, Position[]>;
  eventsByArticle: Map<string, StoryEvent[]>;
  quotesByArticle: Map<string, Quote[]>;
  quotesByEvent: Map<string, Quote[]>;
  /** Actors whose affiliation is this actor (a state's ministers, the EU's diplomats). */
  membersByActor: Map<string, Actor[]>;
  /** The articles that mention an actor, most mentions first. */
  articlesByActor: Map<string, { article: ArticleSummary; count: number }[]>;
  /** Keyed `articleId#sentenceId`. */
  usesBySentence: Map<string, EvidenceUse[]>;
}

export function compareEvents(a: StoryEvent, b: StoryEvent): number {
  return a.date.localeCompare(b.date) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

export const sentenceKey = (evidence: Pick<Evidence, 'articleId' | 'sentenceId'>) =>
  `${evidence.articleId}#${evidence.sentenceId}`;

function push<K, V>(map: Map<K, V[]>, key: K, value: V, same = (a: V, b: V) => a === b) {
  const list = map.get(key);
  if (list) {
    if (!same(list[list.length - 1]!, value)) list.push(value);
  } else map.set(key, [value]);
}

/** Two evidence quotes of one item in the same sentence make one link beside it, not two. */
const sameUse = (a: EvidenceUse, b: EvidenceUse) => a.type === b.type && a.id === b.id;

export function buildStoryLookup(index: DataIndex): StoryLookup {
  const byId = <T extends { id: string }>(items: readonly T[]) =>
    new Map(items.map((item) => [item.id, item]));
  const eventsInOrder = [...index.events].sort(compareEvents);
  const lookup: StoryLookup = {
    eventsById: byId(index.events),
    actorsById: byId(index.actors),
    topicsById: byId(index.topics),
    articlesById: byId(index.articles),
    quotesById: byId(index.quotes),
    positionsById: byId(index.positions),
    eventsInOrder,
    eventsByActor: new Map(),
    eventsByTopic: new Map(),
    quotesByActor: new Map(),
    positionsByActor: new Map(),
    positionsByTopic: new Map(),
    eventsByArticle: new Map(),
    quotesByArticle: new Map(),
    quotesByEvent: new Map(),
    membersByActor: new Map(),
    articlesByActor: new Map(),
    usesBySentence: new Map(),
  };
  for (const actor of index.actors) {
    if (actor.affiliation) push(lookup.membersByActor, actor.affiliation, actor);
  }
  for (const article of index.articles) {
    for (const { actorId, count } of article.mentions)
      push(lookup.articlesByActor, actorId, { article, count });
  }
  for (const list of lookup.articlesByActor.values()) {
    list.sort((a, b) => b.count - a.count || a.article.title.localeCompare(b.article.title));
  }
  for (const event of eventsInOrder) {
    for (const actorId of event.actorIds) push(lookup.eventsByActor, actorId, event);
    for (const topicId of event.topicIds) push(lookup.eventsByTopic, topicId, event);
    for (const evidence of event.evidence) {
      push(lookup.eventsByArticle, evidence.articleId, event);
      push(
        lookup.usesBySentence,
        sentenceKey(evidence),
        { type: 'event', id: event.id, label: event.title },
        sameUse,
      );
    }
  }
  for (const quote of index.quotes) {
    if (quote.speakerId) push(lookup.quotesByActor, quote.speakerId, quote);
    push(lookup.quotesByArticle, quote.evidence.articleId, quote);
    if (quote.eventId) push(lookup.quotesByEvent, quote.eventId, quote);
    push(lookup.usesBySentence, sentenceKey(quote.evidence), {
      type: 'quote',
      id: quote.id,
      label: `Quote: ${quote.speakerLabel}`,
    });
  }
  const positions = [...index.positions].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  for (const position of positions) {
    push(lookup.positionsByActor, position.actorId, position);
    push(lookup.positionsByTopic, position.topicId, position);
    const actor = lookup.actorsById.get(position.actorId)?.name ?? position.actorId;
    const topic = lookup.topicsById.get(position.topicId)?.name ?? position.topicId;
    for (const evidence of position.evidence) {
      push(
        lookup.usesBySentence,
        sentenceKey(evidence),
        {
          type: 'position',
          id: position.id,
          label: `${actor} on ${topic}: ${position.stance}`,
        },
        sameUse,
      );
    }
  }
  return lookup;
}

/** The events just before and after one, in time order. */
export function neighbours(lookup: StoryLookup, eventId: string) {
  const i = lookup.eventsInOrder.findIndex((e) => e.id === eventId);
  return {
    previous: i > 0 ? lookup.eventsInOrder[i - 1] : undefined,
    next: i >= 0 ? lookup.eventsInOrder[i + 1] : undefined,
  };
}
