import type { Quote } from '../../model/core';
import { PagedList } from '../ui/PagedList';
import { QuoteLink } from '../ui/StoryLinks';

/** Quotes as links to their panels, each with the speaker as the article names them. */
export function QuoteList({
  quotes,
  withSpeaker = true,
}: {
  quotes: readonly Quote[];
  withSpeaker?: boolean;
}) {
  return (
    <PagedList items={quotes} noun="quotes" className="plain-list">
      {(q) => (
        <li key={q.id}>
          <QuoteLink id={q.id}>“{q.text}”</QuoteLink>
          {withSpeaker && <> — {q.speakerLabel}</>}
        </li>
      )}
    </PagedList>
  );
}
