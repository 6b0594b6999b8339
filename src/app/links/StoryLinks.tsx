import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useStory } from '../data/storyIndex';
import { windowShowing } from '../timeline/timeWindow';
import type { StorySearch } from '../url/storySearch';

/** Links between panels keep the filters and window; only an article link sets a sentence. */
const keepView = (prev: StorySearch): StorySearch => ({ ...prev, s: undefined });

/** The search for opening an event: the view kept, the window moved if the event is outside it. */
export function useOpenEventSearch() {
  const { lookup } = useStory();
  return (eventId: string) =>
    (prev: StorySearch): StorySearch => {
      const event = lookup.eventsById.get(eventId);
      return { ...prev, s: undefined, ...(event ? windowShowing(prev, event) : {}) };
    };
}

export function EventLink({ id, children }: { id: string; children: ReactNode }) {
  const openEvent = useOpenEventSearch();
  return (
    <Link to="/events/$eventId" params={{ eventId: id }} search={openEvent(id)}>
      {children}
    </Link>
  );
}

export function ActorLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Link to="/actors/$actorId" params={{ actorId: id }} search={keepView}>
      {children}
    </Link>
  );
}

export function TopicLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Link to="/topics/$topicId" params={{ topicId: id }} search={keepView}>
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
    <Link to="/actors/$actorId/topics/$topicId" params={{ actorId, topicId }} search={keepView}>
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
      to="/articles/$articleId"
      params={{ articleId: id }}
      search={(prev: StorySearch) => ({ ...prev, s: sentenceId })}
    >
      {children}
    </Link>
  );
}

export function QuoteLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Link to="/quotes/$quoteId" params={{ quoteId: id }} search={keepView}>
      {children}
    </Link>
  );
}
