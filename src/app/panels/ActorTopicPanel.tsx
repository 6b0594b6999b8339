import type { Actor, Topic } from '../../model/core';
import { useStory } from '../data/storyIndex';
import { ActorLink, TopicLink } from '../ui/StoryLinks';
import { PanelFrame } from '../ui/PanelFrame';
import { StanceSequence } from './StanceSequence';

/** One actor on one topic: the full sequence of stances with the words behind each. */
export function ActorTopicPanel({ actor, topic }: { actor: Actor; topic: Topic }) {
  const { lookup } = useStory();
  const positions = (lookup.positionsByActor.get(actor.id) ?? []).filter((p) => p.topicId === topic.id);
  return (
    <PanelFrame
      title={`${actor.name} on ${topic.name}`}
      kicker="Position over time"
      className="position-panel"
    >
      <p>
        <ActorLink id={actor.id}>{actor.name}</ActorLink> · <TopicLink id={topic.id}>{topic.name}</TopicLink>
      </p>
      {positions.length === 0 ? (
        <p className="muted">
          No recorded position of {actor.name} on {topic.name}.
        </p>
      ) : (
        <StanceSequence positions={positions} withEvidence />
      )}
    </PanelFrame>
  );
}
