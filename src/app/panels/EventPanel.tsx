import type { StoryEvent } from '../../model/core';
import { eventCitation } from '../data/citations';
import { useStory } from '../data/storyIndex';
import { neighbours } from '../data/storyLookup';
import { formatStoryDate } from '../format/dates';
import {
  PROVENANCE_EXPLAINED,
  eventKindLabel,
  eventKindSymbol,
  precisionLabel,
  provenanceLabel,
} from '../format/labels';
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
  const precision = event.precision === 'day' ? null : precisionLabel(event.precision);
  return (
    <PanelFrame
      title={event.title}
      className="event-panel"
      kicker={
        <>
          Event · <span aria-hidden="true">{eventKindSymbol(event.kind)}</span> {eventKindLabel(event.kind)} ·{' '}
          {status}
        </>
      }
    >
      <p className="event-date">
        <time dateTime={event.date}>{formatStoryDate(event.date, event.precision, event.endDate)}</time>
        {precision && <span className="muted"> (date {precision})</span>}
      </p>
      {event.planned && <p className="muted">Announced for this date: it had not happened when reported.</p>}
      <p className={`provenance provenance-${event.provenance}`}>
        {provenanceLabel(event.provenance).replace(/^./, (c) => c.toUpperCase())}
        {event.provenance === 'extracted' && <span className="muted"> — {PROVENANCE_EXPLAINED}</span>}
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
