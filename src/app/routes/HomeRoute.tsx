import { useStory } from '../data/storyIndex';
import { formatDay } from '../format/dates';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function HomeRoute() {
  const { index } = useStory();
  useDocumentTitle('');
  return (
    <section className="panel" aria-labelledby="home-title">
      <h2 id="home-title">How the story unfolded</h2>
      <p>
        {index.counts.events} events, {index.counts.actors} actors and {index.counts.quotes} quotes from{' '}
        {index.counts.articles} articles, up to {formatDay(index.generatedAt)}.
      </p>
      <p>
        Select an event on the timeline to see what happened, who was involved and the sentence that says so.
      </p>
    </section>
  );
}
