import type { Topic } from '../../model/core';
import { useStory } from '../data/storyIndex';
import { PagedList } from '../ui/PagedList';
import { ActorLink, ActorTopicLink, TopicOverTimeLink } from '../ui/StoryLinks';
import { PanelFrame } from '../ui/PanelFrame';
import { StanceSequence } from './StanceSequence';

/** Every actor's stance on one topic, side by side, each point leading to its evidence. */
export function TopicPanel({ topic }: { topic: Topic }) {
  const { lookup } = useStory();
  const positions = lookup.positionsByTopic.get(topic.id) ?? [];
  const byActor = new Map<string, typeof positions>();
  for (const p of positions) {
    const list = byActor.get(p.actorId);
    if (list) list.push(p);
    else byActor.set(p.actorId, [p]);
  }
  return (
    <PanelFrame title={topic.name} kicker="Topic · who stands where" className="topic-panel">
      <p>{topic.description}</p>
      <p>
        <TopicOverTimeLink topicId={topic.id}>Stances over time: who moved where, and when</TopicOverTimeLink>
      </p>
      {byActor.size === 0 && <p className="muted">No recorded positions on this topic.</p>}
      <PagedList items={[...byActor]} noun="actors" className="topic-actors plain-list" pageSize={20}>
        {([actorId, points]) => (
          <li key={actorId} className="stance-topic">
            <h3 className="actor-heading">
              <ActorLink id={actorId}>{lookup.actorsById.get(actorId)?.name ?? actorId}</ActorLink>
            </h3>
            <StanceSequence positions={points} withEvidence={false} />
            <ActorTopicLink actorId={actorId} topicId={topic.id}>
              Evidence for each point
            </ActorTopicLink>
          </li>
        )}
      </PagedList>
    </PanelFrame>
  );
}
