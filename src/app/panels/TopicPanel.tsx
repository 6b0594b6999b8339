import { Link } from '@tanstack/react-router';
import type { Topic } from '../../model';
import { useStory } from '../data/storyIndex';
import { ActorLink, ActorTopicLink } from '../ui/StoryLinks';
import { PanelFrame } from '../ui/PanelFrame';
import { StanceSequence } from './StanceSequence';

/** Every actor's stance on one topic, side by side, each point leading to its evidence. */
export function TopicPanel({ topic }: { topic: Topic }) {
  const { lookup } = useStory();
  const positions = lookup.positionsByTopic.get(topic.id) ?? [];
  const actorIds = [...new Set(positions.map((p) => p.actorId))];
  return (
    <PanelFrame title={topic.name} kicker="Topic · who stands where" className="topic-panel">
      <p>{topic.description}</p>
      <p>
        <Link
          to="/matrix/$topicId"
          params={{ topicId: topic.id }}
          search={(prev) => ({ ...prev, s: undefined })}
        >
          See this topic over time in the stance matrix
        </Link>
      </p>
      {actorIds.length === 0 && <p className="muted">No recorded positions on this topic.</p>}
      <div className="topic-actors">
        {actorIds.map((actorId) => (
          <section key={actorId} className="stance-topic">
            <h3 className="actor-heading">
              <ActorLink id={actorId}>{lookup.actorsById.get(actorId)?.name ?? actorId}</ActorLink>
            </h3>
            <StanceSequence positions={positions.filter((p) => p.actorId === actorId)} withEvidence={false} />
            <ActorTopicLink actorId={actorId} topicId={topic.id}>
              Evidence for each point
            </ActorTopicLink>
          </section>
        ))}
      </div>
    </PanelFrame>
  );
}
