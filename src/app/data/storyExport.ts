/**
 * What "export the current view" takes out, and each item as a self-contained record: names
 * instead of ids alone, each evidence sentence with its outlet, date and addresses. Pure: the
 * explorer's page is passed in, so the same records come out in a test as in the browser.
 */
import {
  lastDayCovered,
  type DatePrecision,
  type Evidence,
  type Position,
  type Quote,
  type StoryEvent,
} from '../../model/core';
import { provenanceLabel } from '../format/labels';
import { originalAtSentence } from '../format/textFragment';
import { explorerAddress, type AppPage } from '../view/explorerAddress';
import { overlapsWindow, type ViewWindow } from '../view/timeWindow';
import type { EventFilters } from '../view/viewParams';
import type { StoryLookup } from './storyLookup';

export interface ExportSelection {
  events: StoryEvent[];
  quotes: Quote[];
  positions: Position[];
}

/**
 * What the current view shows, for export:
 * - events: the filtered ones that cover a day of the window (all of them when no window is set);
 * - quotes: those said at one of these events;
 * - positions: an actor's position on a topic when one of these events names both that actor and
 *   that topic, dated within the window and the From/Until dates (when set), with one of the
 *   chosen stances (when the Stances filter is set).
 */
export function selectForExport(
  filtered: readonly StoryEvent[],
  filters: EventFilters,
  window: ViewWindow,
  lookup: StoryLookup,
): ExportSelection {
  const events = filtered.filter((e) =>
    overlapsWindow(e.date, lastDayCovered(e.date, e.precision, e.endDate), window),
  );
  const quotes = events.flatMap((e) => lookup.quotesByEvent.get(e.id) ?? []);

  const pairs = new Set<string>();
  const actors = new Set<string>();
  for (const event of events) {
    for (const actorId of event.actorIds) {
      actors.add(actorId);
      for (const topicId of event.topicIds) pairs.add(`${actorId} ${topicId}`);
    }
  }
  const stances = filters.stances?.length ? new Set(filters.stances) : null;
  const positions: Position[] = [];
  for (const actorId of [...actors].sort()) {
    for (const position of lookup.positionsByActor.get(actorId) ?? []) {
      const last = lastDayCovered(position.date, position.precision);
      if (!pairs.has(`${position.actorId} ${position.topicId}`)) continue;
      if (!overlapsWindow(position.date, last, window)) continue;
      if ((filters.from && last < filters.from) || (filters.to && position.date > filters.to)) continue;
      if (stances && !stances.has(position.stance)) continue;
      positions.push(position);
    }
  }
  positions.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return { events, quotes, positions };
}

export interface NamedItem {
  id: string;
  name: string;
}

/** One evidence sentence and where it comes from. */
export interface EvidenceRecord {
  sentence: string;
  outlet: string | null;
  /** The outlet the article credits for the claim. */
  reportedBy: string | null;
  articleId: string;
  articleTitle: string | null;
  articleDate: string | null;
  originalAddress: string | null;
  /** The original's address with a text fragment that opens it at the sentence. */
  originalAtSentence: string | null;
  /** The article in the explorer, at the sentence. */
  explorerAddress: string;
}

export interface EventRecord {
  id: string;
  date: string;
  endDate: string | null;
  precision: DatePrecision;
  status: 'planned' | 'happened';
  title: string;
  summary: string;
  kind: string;
  foundBy: string;
  actors: NamedItem[];
  topics: NamedItem[];
  evidence: EvidenceRecord[];
  explorerAddress: string;
}

export interface QuoteRecord {
  id: string;
  text: string;
  speaker: NamedItem | null;
  /** How the article names the speaker. */
  speakerAsWritten: string;
  event: NamedItem | null;
  topics: NamedItem[];
  foundBy: string;
  evidence: EvidenceRecord;
  explorerAddress: string;
}

export interface PositionRecord {
  id: string;
  actor: NamedItem;
  topic: NamedItem;
  date: string;
  precision: DatePrecision;
  stance: string;
  summary: string;
  evidence: EvidenceRecord[];
  explorerAddress: string;
}

/** Turns items into records, resolving names and addresses. */
export function exportRecords(lookup: StoryLookup, page: AppPage) {
  const actor = (id: string): NamedItem => ({ id, name: lookup.actorsById.get(id)?.name ?? id });
  const topic = (id: string): NamedItem => ({ id, name: lookup.topicsById.get(id)?.name ?? id });

  const evidence = (item: Evidence): EvidenceRecord => {
    const article = lookup.articlesById.get(item.articleId);
    const original = article?.sourceUrl ?? null;
    return {
      sentence: item.quote,
      outlet: article?.publisher ?? null,
      reportedBy: item.reportedBy ?? null,
      articleId: item.articleId,
      articleTitle: article?.title ?? null,
      articleDate: article?.published?.date ?? null,
      originalAddress: original,
      originalAtSentence: original && originalAtSentence(original, item.quote),
      explorerAddress: explorerAddress(
        { view: 'article', id: item.articleId, sentenceId: item.sentenceId },
        page,
      ),
    };
  };

  const event = (e: StoryEvent): EventRecord => ({
    id: e.id,
    date: e.date,
    endDate: e.endDate ?? null,
    precision: e.precision,
    status: e.planned ? 'planned' : 'happened',
    title: e.title,
    summary: e.summary,
    kind: e.kind,
    foundBy: provenanceLabel(e.provenance),
    actors: e.actorIds.map(actor),
    topics: e.topicIds.map(topic),
    evidence: e.evidence.map(evidence),
    explorerAddress: explorerAddress({ view: 'event', id: e.id }, page),
  });

  const quote = (q: Quote): QuoteRecord => {
    const at = q.eventId ? lookup.eventsById.get(q.eventId) : undefined;
    return {
      id: q.id,
      text: q.text,
      speaker: q.speakerId ? actor(q.speakerId) : null,
      speakerAsWritten: q.speakerLabel,
      event: q.eventId ? { id: q.eventId, name: at?.title ?? q.eventId } : null,
      topics: q.topicIds.map(topic),
      foundBy: provenanceLabel(q.provenance),
      evidence: evidence(q.evidence),
      explorerAddress: explorerAddress({ view: 'quote', id: q.id }, page),
    };
  };

  const position = (p: Position): PositionRecord => ({
    id: p.id,
    actor: actor(p.actorId),
    topic: topic(p.topicId),
    date: p.date,
    precision: p.precision,
    stance: p.stance,
    summary: p.summary,
    evidence: p.evidence.map(evidence),
    explorerAddress: explorerAddress({ view: 'actor-topic', actorId: p.actorId, topicId: p.topicId }, page),
  });

  return { event, quote, position, evidence };
}
