import { Link } from '@tanstack/react-router';
import type { CSSProperties, ReactNode } from 'react';
import { useStory } from '../data/storyIndex';
import { keepView, openArticleAt, openEvent } from '../view/viewAddress';
import type { ViewParams } from '../view/viewParams';

/**
 * Links between views. Each keeps the view (filters, window, grouping) through the helpers in
 * view/viewAddress.ts; only an article link sets a sentence, and an event link brings its
 * event into the window.
 */

/** The next parameters for opening an event, from the current ones. */
export function useOpenEvent() {
  const { lookup } = useStory();
  return (eventId: string) => (current: ViewParams) => openEvent(current, lookup.eventsById.get(eventId));
}

export function EventLink({ id, children }: { id: string; children: ReactNode }) {
  const open = useOpenEvent();
  return (
    <Link to="/events/$eventId/" params={{ eventId: id }} search={open(id)}>
      {children}
    </Link>
  );
}

export function ActorLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Link to="/actors/$actorId/" params={{ actorId: id }} search={keepView}>
      {children}
    </Link>
  );
}

export function TopicLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Link to="/topics/$topicId/" params={{ topicId: id }} search={keepView}>
      {children}
    </Link>
  );
}

export function ActorTopicLink({
  actorId,
  topicId,
  children,
}: {
  actorId: string;
  topicId: string;
  children: ReactNode;
}) {
  return (
    <Link to="/actors/$actorId/topics/$topicId/" params={{ actorId, topicId }} search={keepView}>
      {children}
    </Link>
  );
}

export function ArticleLink({
  id,
  sentenceId,
  children,
}: {
  id: string;
  sentenceId?: string;
  children: ReactNode;
}) {
  return (
    <Link
      to="/articles/$articleId/"
      params={{ articleId: id }}
      search={(current: ViewParams) => openArticleAt(current, sentenceId)}
    >
      {children}
    </Link>
  );
}

export function QuoteLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Link to="/quotes/$quoteId/" params={{ quoteId: id }} search={keepView}>
      {children}
    </Link>
  );
}

/** The overview (no panel open), the view kept. */
export function OverviewLink({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <Link to="/" search={keepView} className={className}>
      {children}
    </Link>
  );
}

/** The stance matrix, the view kept. */
export function MatrixLink({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <Link to="/matrix/" search={keepView} className={className}>
      {children}
    </Link>
  );
}

/** One topic's stances over time, the view kept. */
export function TopicOverTimeLink({ topicId, children }: { topicId: string; children: ReactNode }) {
  return (
    <Link to="/matrix/$topicId/" params={{ topicId }} search={keepView}>
      {children}
    </Link>
  );
}

/** One position (an actor's stance on a topic at a date) with its evidence, the view kept. */
export function PositionLink({
  id,
  children,
  className,
  style,
  'aria-label': ariaLabel,
}: {
  id: string;
  children: ReactNode;
  className?: string;
  style?: CSSProperties;
  'aria-label'?: string;
}) {
  return (
    <Link
      to="/positions/$positionId/"
      params={{ positionId: id }}
      search={keepView}
      className={className}
      style={style}
      aria-label={ariaLabel}
    >
      {children}
    </Link>
  );
}
