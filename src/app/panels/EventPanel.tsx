import type { StoryEvent } from '../../model';
import { eventCitation } from '../data/citations';
import { useStory } from '../data/storyIndex';
import { neighbours } from '../data/storyLookup';
import { formatStoryDate } from '../format/dates';
import { eventKindLabel } from '../format/labels';
import { CopyCitation } from '../ui/CopyCitation';
import { ActorLink, EventLink, TopicLink } from '../ui/StoryLinks';
import { PanelFrame } from '../ui/PanelFrame';
import { QuoteList } from './QuoteList';
import { currentPage } from '../view/explorerAddress';
import { EvidenceList } from './EvidenceQuote';

export function EventPanel({ event }: { event: StoryEvent }) {
  const { lookup } = useStory();
  const { previous, next } = neighbours(lookup, event.id);
  const quotes = lookup.quotesByEvent.get(event.id) ?? [];
  const status = event.planned ? 'Planned' : 'Happened';
  return (
    <PanelFrame
      title={event.title}
      className="event-panel"
      kicker={
        <>
          Event · {eventKindLabel(event.kind)} · {status}
          {event.provenance === 'extracted' ? ' · found automatically' : ''}
        </>
      }
    >
      <p className="event-date">
        <time dateTime={event.date}>{formatStoryDate(event.date, event.precision, event.endDate)}</time>
      </p>
      {event.summary && <p>{event.summary}</p>}
      <CopyCitation citation={eventCitation(event, lookup, currentPage())} />
      {event.actorIds.length > 0 && (
        <>
          <h3>Actors</h3>
          <ul className="chip-list">
            {event.actorIds.map((id) => (
              <li key={id}>
                <ActorLink id={id}>{lookup.actorsById.get(id)?.name ?? id}</ActorLink>
              </li>
            ))}
          </ul>
        </>
      )}
      {event.topicIds.length > 0 && (
        <>
          <h3>Topics</h3>
          <ul className="chip-list">
            {event.topicIds.map((id) => (
              <li key={id}>
                <TopicLink id={id}>{lookup.topicsById.get(id)?.name ?? id}</TopicLink>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Evidence</h3>
      <EvidenceList evidence={event.evidence} />
      {quotes.length > 0 && (
        <>
          <h3>Quotes</h3>
          <QuoteList quotes={quotes} />
        </>
      )}
      <nav className="prev-next" aria-label="Events in time order">
        {previous ? (
          <EventLink id={previous.id}>
            <span aria-hidden="true">← </span>Previous: {previous.title}
          </EventLink>
        ) : (
          <span />
        )}
        {next && (
          <EventLink id={next.id}>
            Next: {next.title}
            <span aria-hidden="true"> →</span>
          </EventLink>
        )}
      </nav>
    </PanelFrame>
  );
}
