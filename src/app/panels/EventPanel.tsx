import type { StoryEvent } from '../../model';
import { useStory } from '../data/storyIndex';
import { formatStoryDate } from '../format/dates';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { EvidenceQuote } from './EvidenceQuote';

export function EventPanel({ event }: { event: StoryEvent }) {
  const { lookup } = useStory();
  useDocumentTitle(event.title);
  return (
    <article className="panel event-panel" aria-labelledby="event-title">
      <p className="panel-kicker">
        Event · {event.kind.replace(/-/g, ' ')}
        {event.planned ? ' · planned' : ''}
        {event.provenance === 'extracted' ? ' · extracted automatically' : ''}
      </p>
      <h2 id="event-title">{event.title}</h2>
      <p className="event-date">
        <time dateTime={event.date}>{formatStoryDate(event.date, event.precision, event.endDate)}</time>
      </p>
      {event.summary && <p>{event.summary}</p>}
      {event.actorIds.length > 0 && (
        <>
          <h3>Actors</h3>
          <ul className="chip-list">
            {event.actorIds.map((id) => (
              <li key={id}>{lookup.actorsById.get(id)?.name ?? id}</li>
            ))}
          </ul>
        </>
      )}
      <h3>Evidence</h3>
      <ul className="evidence-list">
        {event.evidence.map((evidence) => (
          <li key={`${evidence.articleId}#${evidence.sentenceId}`}>
            <EvidenceQuote evidence={evidence} />
          </li>
        ))}
      </ul>
    </article>
  );
}
