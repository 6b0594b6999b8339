/**
 * Citations of the story's items (see format/citation.ts for how they are written out): the
 * names, dates and sources looked up in the story. The explorer's page is passed in.
 */
import type { ArticleSummary, Evidence, Position, Quote, StoryEvent } from '../../model/core';
import type { Citation, CitedSource } from '../format/citation';
import { formatStoryDate } from '../format/dates';
import { stanceLabel } from '../format/labels';
import { explorerAddress, type AppPage } from '../view/explorerAddress';
import type { StoryLookup } from './storyLookup';

function articleSource(article: ArticleSummary, sentence: string | null, reportedBy?: string): CitedSource {
  return {
    sentence,
    outlet: article.publisher,
    reportedBy,
    articleTitle: article.title,
    articleDate: article.published
      ? formatStoryDate(article.published.date, article.published.precision)
      : null,
    originalAddress: article.sourceUrl,
  };
}

function evidenceSource(evidence: Evidence, lookup: StoryLookup): CitedSource {
  const article = lookup.articlesById.get(evidence.articleId);
  if (article) return articleSource(article, evidence.quote, evidence.reportedBy);
  return {
    sentence: evidence.quote,
    outlet: null,
    reportedBy: evidence.reportedBy,
    articleTitle: `Article ${evidence.articleId}`,
    articleDate: null,
    originalAddress: null,
  };
}

const nameOf = (lookup: StoryLookup, actorId: string) => lookup.actorsById.get(actorId)?.name ?? actorId;

export function eventCitation(event: StoryEvent, lookup: StoryLookup, page: AppPage): Citation {
  return {
    who: event.actorIds.length ? event.actorIds.map((id) => nameOf(lookup, id)).join(', ') : null,
    what: event.planned ? `${event.title} (planned)` : event.title,
    when: formatStoryDate(event.date, event.precision, event.endDate),
    sources: event.evidence.map((e) => evidenceSource(e, lookup)),
    explorerAddress: explorerAddress({ view: 'event', id: event.id }, page),
  };
}

export function quoteCitation(quote: Quote, lookup: StoryLookup, page: AppPage): Citation {
  const event = quote.eventId ? lookup.eventsById.get(quote.eventId) : undefined;
  return {
    who: quote.speakerId ? nameOf(lookup, quote.speakerId) : quote.speakerLabel,
    what: `“${quote.text}”`,
    when: event ? formatStoryDate(event.date, event.precision, event.endDate) : null,
    sources: [evidenceSource(quote.evidence, lookup)],
    explorerAddress: explorerAddress({ view: 'quote', id: quote.id }, page),
  };
}

export function positionCitation(position: Position, lookup: StoryLookup, page: AppPage): Citation {
  const topic = lookup.topicsById.get(position.topicId)?.name ?? position.topicId;
  return {
    who: `${nameOf(lookup, position.actorId)} on ${topic}`,
    what: `${stanceLabel(position.stance)} — ${position.summary}`,
    when: formatStoryDate(position.date, position.precision),
    sources: position.evidence.map((e) => evidenceSource(e, lookup)),
    explorerAddress: explorerAddress({ view: 'position', id: position.id }, page),
  };
}

/** An article, at one sentence when the reader has picked one. */
export function articleCitation(
  article: ArticleSummary,
  sentence: { id: string; text: string } | null,
  page: AppPage,
): Citation {
  return {
    who: article.author ?? article.publisher,
    what: article.title,
    when: article.published ? formatStoryDate(article.published.date, article.published.precision) : null,
    sources: [articleSource(article, sentence?.text ?? null)],
    explorerAddress: explorerAddress({ view: 'article', id: article.id, sentenceId: sentence?.id }, page),
  };
}
