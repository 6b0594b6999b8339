import { useParams } from '@tanstack/react-router';
import type { Topic } from '../../model/core';
import { NotFoundPanel } from '../ui/NotFoundPanel';
import { useMemo } from 'react';
import { useStory } from '../data/storyIndex';
import { formatStoryDate } from '../format/dates';
import { STANCE_ORDER } from '../format/labels';
import {
  ActorLink,
  ActorTopicLink,
  MatrixLink,
  PositionLink,
  TopicLink,
  TopicOverTimeLink,
} from '../ui/StoryLinks';
import { StanceBadge } from '../ui/StanceBadge';
import { PanelFrame } from '../ui/PanelFrame';
import { useViewParams } from '../view/useView';
import { StanceChart } from './StanceChart';
import { chartSpan, stanceBands } from './stanceBands';
import { stanceMatrix, topicStanceOverTime } from './stanceMatrix';

function Legend({ chart = false }: { chart?: boolean }) {
  return (
    <ul className="stance-legend" aria-label="Legend">
      {STANCE_ORDER.map((stance) => (
        <li key={stance}>
          <StanceBadge stance={stance} />
        </li>
      ))}
      <li>
        <span aria-hidden="true">↻</span> {chart ? 'a change of stance' : 'changed over time'}
      </li>
      {chart && (
        <li>
          <span className="legend-uncertain" aria-hidden="true" /> date known only to the week or month
        </li>
      )}
    </ul>
  );
}

/** Actors × topics: each cell the latest stance, marked when it moved, opening its evidence. */
export function StanceMatrixView() {
  const { index } = useStory();
  const { actors: actorIds, topics: topicIds } = useViewParams();
  const matrix = useMemo(() => {
    const actors = actorIds?.length ? index.actors.filter((a) => actorIds.includes(a.id)) : index.actors;
    const topics = topicIds?.length ? index.topics.filter((t) => topicIds.includes(t.id)) : index.topics;
    return stanceMatrix(index.positions, actors, topics);
  }, [index, actorIds, topicIds]);

  return (
    <PanelFrame title="Who stands where" kicker="Stance matrix" className="matrix-panel">
      <p>
        The latest stance of each actor on each part of the plan. Open a cell for the sequence and its
        evidence.
      </p>
      <Legend />
      {matrix.actors.length === 0 ? (
        <p className="muted">No positions match the current filters.</p>
      ) : (
        <div className="matrix-scroll" tabIndex={0} role="region" aria-label="Stance matrix table">
          <table className="stance-matrix">
            <thead>
              <tr>
                <th scope="col">Actor</th>
                {matrix.topics.map((topic) => (
                  <th scope="col" key={topic.id}>
                    <TopicOverTimeLink topicId={topic.id}>{topic.name}</TopicOverTimeLink>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.actors.map((actor) => (
                <tr key={actor.id}>
                  <th scope="row">
                    <ActorLink id={actor.id}>{actor.name}</ActorLink>
                  </th>
                  {matrix.topics.map((topic) => {
                    const cell = matrix.cell(actor.id, topic.id);
                    return (
                      <td key={topic.id}>
                        {cell && (
                          <ActorTopicLink actorId={actor.id} topicId={topic.id}>
                            <StanceBadge stance={cell.latest.stance} />
                            {cell.changed && (
                              <span className="changed" title="Stance changed over time">
                                {' '}
                                <span aria-hidden="true">↻</span>
                                <span className="visually-hidden">(changed over time)</span>
                              </span>
                            )}
                            <span className="visually-hidden">
                              {' '}
                              — {actor.name} on {topic.name}
                            </span>
                          </ActorTopicLink>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </PanelFrame>
  );
}

export function TopicOverTimeRoute() {
  const { topicId } = useParams({ from: '/matrix/$topicId' });
  const topic = useStory().lookup.topicsById.get(topicId);
  return topic ? <TopicOverTimeView topic={topic} /> : <NotFoundPanel what="topic" id={topicId} />;
}

/** One topic: every actor's stance as bands over time, then the same data as a table. */
function TopicOverTimeView({ topic }: { topic: Topic }) {
  const { index } = useStory();
  const topicId = topic.id;
  const table = useMemo(() => topicStanceOverTime(index.positions, topicId, index.actors), [index, topicId]);
  const span = useMemo(
    () => chartSpan([...index.events.map((e) => e.date), ...index.positions.map((p) => p.date)]),
    [index],
  );
  const rows = useMemo(
    () => (span ? stanceBands(index.positions, topicId, index.actors, span) : []),
    [index, topicId, span],
  );
  return (
    <PanelFrame
      title={`${topic.name}: stances over time`}
      kicker="Who stands where · one topic"
      className="matrix-panel"
    >
      <p>
        <TopicLink id={topic.id}>About this topic</TopicLink> · <MatrixLink>All topics</MatrixLink>
      </p>
      <p>
        Each band is one actor’s stance from the day a source records it until the next. Open a band for the
        sentence behind it.
      </p>
      <Legend chart />
      {rows.length === 0 || !span ? (
        <p className="muted">No recorded positions on this topic.</p>
      ) : (
        <>
          <StanceChart
            rows={rows}
            span={span}
            events={index.events}
            label={`${topic.name}: stances over time, chart`}
          />
          <h3>The same as a table</h3>
          <div className="matrix-scroll" tabIndex={0} role="region" aria-label={`${topic.name} by date`}>
            <table className="stance-matrix">
              <caption className="visually-hidden">
                {topic.name}: each actor’s stance on each date a source records one
              </caption>
              <thead>
                <tr>
                  <th scope="col">Actor</th>
                  {table.dates.map((date) => (
                    <th scope="col" key={date}>
                      {formatStoryDate(date, 'day')}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.actor.id}>
                    <th scope="row">
                      <ActorLink id={row.actor.id}>{row.actor.name}</ActorLink>
                    </th>
                    {row.cells.map((cell, i) => (
                      <td key={table.dates[i]}>
                        {cell.map((position) => (
                          <PositionLink key={position.id} id={position.id}>
                            <StanceBadge stance={position.stance} />
                          </PositionLink>
                        ))}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </PanelFrame>
  );
}
