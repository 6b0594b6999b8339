import type { Actor, Position } from '../../model/core';
import { useStory } from '../data/storyIndex';
import { formatStoryDate } from '../format/dates';
import { ActorLink, ActorTopicLink, ArticleLink, EventLink } from '../ui/StoryLinks';
import { PagedList } from '../ui/PagedList';
import { PanelFrame } from '../ui/PanelFrame';
import { QuoteList } from './QuoteList';
import { StanceSequence } from './StanceSequence';

function byTopic(positions: readonly Position[]): [string, Position[]][] {
  const groups = new Map<string, Position[]>();
  for (const p of positions) {
    const list = groups.get(p.topicId);
    if (list) list.push(p);
    else groups.set(p.topicId, [p]);
  }
  return [...groups];
}

export function ActorPanel({ actor }: { actor: Actor }) {
  const { lookup } = useStory();
  const events = lookup.eventsByActor.get(actor.id) ?? [];
  const quotes = lookup.quotesByActor.get(actor.id) ?? [];
  const positions = lookup.positionsByActor.get(actor.id) ?? [];
  const affiliation = actor.affiliation ? lookup.actorsById.get(actor.affiliation) : undefined;
  const members = lookup.membersByActor.get(actor.id) ?? [];
  const articles = lookup.articlesByActor.get(actor.id) ?? [];

  return (
    <PanelFrame title={actor.name} kicker={<>Actor · {actor.kind}</>} className="actor-panel">
      {actor.role && <p className="actor-role">{actor.role}</p>}
      {affiliation && (
        <p>
          Part of <ActorLink id={affiliation.id}>{affiliation.name}</ActorLink>
        </p>
      )}
      {actor.description && <p>{actor.description}</p>}
      {actor.aliases.length > 0 && (
        <p className="aliases">
          <span className="label">Also called:</span> {actor.aliases.join(' · ')}
        </p>
      )}

      <h3>Stance over time</h3>
      {positions.length === 0 ? (
        <p className="muted">No recorded positions on the plan.</p>
      ) : (
        byTopic(positions).map(([topicId, points]) => (
          <section key={topicId} className="stance-topic">
            <h4>
              <ActorTopicLink actorId={actor.id} topicId={topicId}>
                {lookup.topicsById.get(topicId)?.name ?? topicId}
              </ActorTopicLink>
            </h4>
            <StanceSequence positions={points} withEvidence={false} />
          </section>
        ))
      )}

      <h3>Quotes ({quotes.length})</h3>
      {quotes.length === 0 ? (
        <p className="muted">No quotes attributed.</p>
      ) : (
        <QuoteList quotes={quotes} withSpeaker={false} />
      )}

      <h3>Events ({events.length})</h3>
      <PagedList items={events} noun="events" ordered className="plain-list event-list">
        {(e) => (
          <li key={e.id}>
            <time dateTime={e.date}>{formatStoryDate(e.date, e.precision, e.endDate)}</time>{' '}
            <EventLink id={e.id}>{e.title}</EventLink>
          </li>
        )}
      </PagedList>

      {members.length > 0 && (
        <>
          <h3>Members and officials</h3>
          <PagedList items={members} noun="members" className="chip-list">
            {(m) => (
              <li key={m.id}>
                <ActorLink id={m.id}>{m.name}</ActorLink>
              </li>
            )}
          </PagedList>
        </>
      )}

      <h3>Articles that mention {actor.name}</h3>
      <PagedList items={articles} noun="articles" className="plain-list">
        {({ article, count }) => (
          <li key={article.id}>
            <ArticleLink id={article.id}>{article.title}</ArticleLink>{' '}
            <span className="muted">
              ({count} mention{count === 1 ? '' : 's'})
            </span>
          </li>
        )}
      </PagedList>
    </PanelFrame>
  );
}
