import type { Position } from '../../model/core';
import { useStory } from '../data/storyIndex';
import { formatStoryDate } from '../format/dates';
import { precisionLabel, stanceLabel } from '../format/labels';
import { PanelFrame } from '../ui/PanelFrame';
import { StanceBadge } from '../ui/StanceBadge';
import { ActorLink, ActorTopicLink, PositionLink, TopicLink } from '../ui/StoryLinks';
import { EvidenceList } from './EvidenceQuote';

/** One position: an actor's stance on a topic at a date, the words behind it, and its neighbours in time. */
export function PositionPanel({ position }: { position: Position }) {
  const { lookup } = useStory();
  const actor = lookup.actorsById.get(position.actorId);
  const topic = lookup.topicsById.get(position.topicId);
  const actorName = actor?.name ?? position.actorId;
  const topicName = topic?.name ?? position.topicId;
  const sequence = (lookup.positionsByActor.get(position.actorId) ?? []).filter(
    (p) => p.topicId === position.topicId,
  );
  const at = sequence.findIndex((p) => p.id === position.id);
  const previous = at > 0 ? sequence[at - 1] : undefined;
  const next = at >= 0 ? sequence[at + 1] : undefined;
  return (
    <PanelFrame
      title={`${actorName} on ${topicName}: ${stanceLabel(position.stance)}`}
      kicker={<>Position · {formatStoryDate(position.date, position.precision)}</>}
      className="position-panel"
    >
      <p>
        <StanceBadge stance={position.stance} /> <ActorLink id={position.actorId}>{actorName}</ActorLink> on{' '}
        <TopicLink id={position.topicId}>{topicName}</TopicLink>
      </p>
      <p>
        <time dateTime={position.date}>{formatStoryDate(position.date, position.precision)}</time>
        {position.precision !== 'day' && (
          <span className="muted"> (date {precisionLabel(position.precision)})</span>
        )}
      </p>
      <p>{position.summary}</p>
      {previous && previous.stance !== position.stance && (
        <p className="stance-change">
          Changed from <StanceBadge stance={previous.stance} /> (
          {formatStoryDate(previous.date, previous.precision)}).
        </p>
      )}
      <h3>Evidence</h3>
      <EvidenceList evidence={position.evidence} />
      <p>
        <ActorTopicLink actorId={position.actorId} topicId={position.topicId}>
          Every position of {actorName} on {topicName}
        </ActorTopicLink>
      </p>
      <nav className="prev-next" aria-label={`${actorName} on ${topicName}, in time order`}>
        {previous ? (
          <PositionLink id={previous.id}>
            <span aria-hidden="true">← </span>Earlier: {stanceLabel(previous.stance)},{' '}
            {formatStoryDate(previous.date, previous.precision)}
          </PositionLink>
        ) : (
          <span />
        )}
        {next && (
          <PositionLink id={next.id}>
            Later: {stanceLabel(next.stance)}, {formatStoryDate(next.date, next.precision)}
            <span aria-hidden="true"> →</span>
          </PositionLink>
        )}
      </nav>
    </PanelFrame>
  );
}
