import { useMemo } from 'react';
import { useStory } from '../data/storyIndex';
import { storyOverview } from '../data/storyOverview';
import { formatDay, formatStoryDate } from '../format/dates';
import { StanceBadge } from '../ui/StanceBadge';
import { ActorLink, EventLink, MatrixLink, PositionLink } from '../ui/StoryLinks';
import { useDocumentTitle } from '../ui/useDocumentTitle';

/** The overview before anything is selected: the story in a few lines, and its turning points. */
export function HomeRoute() {
  const { index, lookup } = useStory();
  useDocumentTitle('');
  const overview = useMemo(() => storyOverview(index, lookup), [index, lookup]);
  const { first, latest, upcoming, changes, busiest, outlets } = overview;
  const name = (actorId: string) => lookup.actorsById.get(actorId)?.name ?? actorId;
  const topic = (topicId: string) => lookup.topicsById.get(topicId)?.name ?? topicId;
  return (
    <section className="panel overview" aria-labelledby="home-title">
      <h2 id="home-title">How the story unfolded</h2>
      <p>
        {index.counts.events} events, {index.counts.quotes} quotes and {index.counts.positions} positions of{' '}
        {index.counts.actors} actors, from {index.counts.articles} articles
        {outlets.length > 0 && <> ({outlets.join(', ')})</>}, up to {formatDay(index.generatedAt)}.
      </p>
      {first && (
        <p>
          <span className="overview-label">It starts</span>{' '}
          <time dateTime={first.date}>{formatStoryDate(first.date, first.precision, first.endDate)}</time>:{' '}
          <EventLink id={first.id}>{first.title}</EventLink>
        </p>
      )}
      {latest && latest.id !== first?.id && (
        <p>
          <span className="overview-label">Latest</span>{' '}
          <time dateTime={latest.date}>{formatStoryDate(latest.date, latest.precision, latest.endDate)}</time>
          : <EventLink id={latest.id}>{latest.title}</EventLink>
        </p>
      )}
      {upcoming.length > 0 && (
        <>
          <h3>Announced next</h3>
          <ul className="plain-list">
            {upcoming.map((event) => (
              <li key={event.id}>
                <time dateTime={event.date}>
                  {formatStoryDate(event.date, event.precision, event.endDate)}
                </time>{' '}
                <EventLink id={event.id}>{event.title}</EventLink>
              </li>
            ))}
          </ul>
        </>
      )}
      {changes.length > 0 && (
        <>
          <h3>Biggest changes of stance</h3>
          <ul className="plain-list overview-changes">
            {changes.map(({ from, to }) => (
              <li key={to.id}>
                <PositionLink id={to.id}>
                  {name(to.actorId)} on {topic(to.topicId)}
                </PositionLink>
                : <StanceBadge stance={from.stance} /> <span aria-hidden="true">→</span>
                <span className="visually-hidden">to</span> <StanceBadge stance={to.stance} />{' '}
                <span className="muted">({formatStoryDate(to.date, to.precision)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {busiest.length > 0 && (
        <p>
          <span className="overview-label">Most involved</span>{' '}
          {busiest.map(({ actorId, events }, i) => (
            <span key={actorId}>
              {i > 0 && ', '}
              <ActorLink id={actorId}>{name(actorId)}</ActorLink> ({events} events)
            </span>
          ))}
          . <MatrixLink>Who stands where</MatrixLink>
        </p>
      )}
      <p className="muted">
        Select an event on the timeline, or use ← and → on it, to see what happened, who was involved and the
        sentence that says so.
      </p>
    </section>
  );
}
