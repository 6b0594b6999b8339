import { useParams } from '@tanstack/react-router';
import { useStory } from '../data/storyIndex';
import { ActorPanel } from '../panels/ActorPanel';
import { ActorTopicPanel } from '../panels/ActorTopicPanel';
import { ArticlePanel } from '../panels/ArticlePanel';
import { EventPanel } from '../panels/EventPanel';
import { NotFoundPanel } from '../ui/NotFoundPanel';
import { PositionPanel } from '../panels/PositionPanel';
import { QuotePanel } from '../panels/QuotePanel';
import { TopicPanel } from '../panels/TopicPanel';
import { useArticleSentence } from '../view/useView';

// Each route turns its URL ids into data, or a "not found" panel when the data has no such id.

export function EventRoute() {
  const { eventId } = useParams({ from: '/events/$eventId' });
  const event = useStory().lookup.eventsById.get(eventId);
  return event ? <EventPanel event={event} /> : <NotFoundPanel what="event" id={eventId} />;
}

export function ArticleRoute() {
  const { articleId } = useParams({ from: '/articles/$articleId' });
  // Only the sentence: panning the timeline must not re-render a long article.
  const s = useArticleSentence();
  const summary = useStory().lookup.articlesById.get(articleId);
  return summary ? (
    <ArticlePanel key={articleId} summary={summary} sentenceId={s} />
  ) : (
    <NotFoundPanel what="article" id={articleId} />
  );
}

export function ActorRoute() {
  const { actorId } = useParams({ from: '/actors/$actorId' });
  const actor = useStory().lookup.actorsById.get(actorId);
  return actor ? <ActorPanel actor={actor} /> : <NotFoundPanel what="actor" id={actorId} />;
}

export function TopicRoute() {
  const { topicId } = useParams({ from: '/topics/$topicId' });
  const topic = useStory().lookup.topicsById.get(topicId);
  return topic ? <TopicPanel topic={topic} /> : <NotFoundPanel what="topic" id={topicId} />;
}

export function ActorTopicRoute() {
  const { actorId, topicId } = useParams({ from: '/actors/$actorId/topics/$topicId' });
  const { lookup } = useStory();
  const actor = lookup.actorsById.get(actorId);
  const topic = lookup.topicsById.get(topicId);
  if (!actor) return <NotFoundPanel what="actor" id={actorId} />;
  if (!topic) return <NotFoundPanel what="topic" id={topicId} />;
  return <ActorTopicPanel actor={actor} topic={topic} />;
}

export function QuoteRoute() {
  const { quoteId } = useParams({ from: '/quotes/$quoteId' });
  const quote = useStory().lookup.quotesById.get(quoteId);
  return quote ? <QuotePanel quote={quote} /> : <NotFoundPanel what="quote" id={quoteId} />;
}

export function PositionRoute() {
  const { positionId } = useParams({ from: '/positions/$positionId' });
  const position = useStory().lookup.positionsById.get(positionId);
  return position ? <PositionPanel position={position} /> : <NotFoundPanel what="position" id={positionId} />;
}
