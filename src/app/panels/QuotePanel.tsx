import type { Quote } from '../../model/core';
import { quoteCitation } from '../data/citations';
import { useStory } from '../data/storyIndex';
import { CopyCitation } from '../ui/CopyCitation';
import { ActorLink, EventLink, TopicLink } from '../ui/StoryLinks';
import { PanelFrame } from '../ui/PanelFrame';
import { currentPage } from '../view/explorerAddress';
import { EvidenceList } from './EvidenceQuote';

export function QuotePanel({ quote }: { quote: Quote }) {
  const { lookup } = useStory();
  const speaker = quote.speakerId ? lookup.actorsById.get(quote.speakerId) : undefined;
  const event = quote.eventId ? lookup.eventsById.get(quote.eventId) : undefined;
  return (
    <PanelFrame title={`Quote: ${quote.speakerLabel}`} kicker="Quote" className="quote-panel">
      <blockquote className="big-quote">“{quote.text}”</blockquote>
      <p>
        Said by {speaker ? <ActorLink id={speaker.id}>{speaker.name}</ActorLink> : <>{quote.speakerLabel}</>}
        {speaker && quote.speakerLabel !== speaker.name && <> (the article says “{quote.speakerLabel}”)</>}
        {quote.provenance === 'extracted' && <> · found automatically</>}
      </p>
      {event && (
        <p>
          At: <EventLink id={event.id}>{event.title}</EventLink>
        </p>
      )}
      {quote.topicIds.length > 0 && (
        <ul className="chip-list" aria-label="Topics">
          {quote.topicIds.map((id) => (
            <li key={id}>
              <TopicLink id={id}>{lookup.topicsById.get(id)?.name ?? id}</TopicLink>
            </li>
          ))}
        </ul>
      )}
      <CopyCitation citation={quoteCitation(quote, lookup, currentPage())} />
      <h3>Evidence</h3>
      <EvidenceList evidence={[quote.evidence]} />
    </PanelFrame>
  );
}
