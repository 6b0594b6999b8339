import type { Actor, Position, Topic } from '../../model/core';

export interface StanceCell {
  /** The most recent position (last in `history`). */
  latest: Position;
  /** Every position of this actor on this topic, oldest first (ties keep input order). */
  history: Position[];
  /** True when the stance is not the same in every position of the history. */
  changed: boolean;
}

export interface StanceMatrix {
  /** Actors with at least one position, most positions first, then by name. */
  actors: Actor[];
  /** Topics with at least one position, in the order they were given. */
  topics: Topic[];
  /** The positions of one actor on one topic, or undefined when there are none. */
  cell(actorId: string, topicId: string): StanceCell | undefined;
}

const byDate = (a: Position, b: Position) => a.date.localeCompare(b.date);

function compareByCountThenName(counts: ReadonlyMap<string, number>) {
  return (a: Actor, b: Actor) =>
    (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) ||
    a.name.localeCompare(b.name) ||
    a.id.localeCompare(b.id);
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/**
 * Actors × topics, each cell the history of one actor's stance on one topic.
 * Positions whose actor or topic is not in the given lists still have cells
 * but bring no row or column.
 */
export function stanceMatrix(
  positions: readonly Position[],
  actors: readonly Actor[],
  topics: readonly Topic[],
): StanceMatrix {
  const histories = new Map<string, Position[]>();
  const cellKey = (actorId: string, topicId: string) => `${actorId}\u0000${topicId}`;
  for (const position of positions) {
    const key = cellKey(position.actorId, position.topicId);
    const history = histories.get(key);
    if (history) history.push(position);
    else histories.set(key, [position]);
  }
  const cells = new Map<string, StanceCell>();
  for (const [key, history] of histories) {
    history.sort(byDate);
    const latest = history[history.length - 1]!;
    const first = history[0]!.stance;
    cells.set(key, { latest, history, changed: history.some((p) => p.stance !== first) });
  }

  const actorCounts = countBy(positions, (p) => p.actorId);
  const topicIds = new Set(positions.map((p) => p.topicId));
  return {
    actors: actors.filter((a) => actorCounts.has(a.id)).sort(compareByCountThenName(actorCounts)),
    topics: topics.filter((t) => topicIds.has(t.id)),
    cell: (actorId, topicId) => cells.get(cellKey(actorId, topicId)),
  };
}

export interface TopicStanceRow {
  actor: Actor;
  /** This actor's positions on the topic, oldest first. */
  positions: Position[];
  /** Aligned with `dates`: the positions taken on each date (usually zero or one). */
  cells: Position[][];
}

export interface TopicStanceOverTime {
  /** Every distinct date on which some actor took a position on the topic, ascending. */
  dates: string[];
  /** One row per actor with a position on the topic: most positions first, then by name. */
  rows: TopicStanceRow[];
}

/**
 * One topic: actors × time. Positions of actors missing from `actors` are
 * left out (the integrity check reports such ids).
 */
export function topicStanceOverTime(
  positions: readonly Position[],
  topicId: string,
  actors: readonly Actor[],
): TopicStanceOverTime {
  const actorsById = new Map(actors.map((a) => [a.id, a]));
  const onTopic = positions.filter((p) => p.topicId === topicId && actorsById.has(p.actorId));
  const dates = [...new Set(onTopic.map((p) => p.date))].sort();
  const column = new Map(dates.map((date, i) => [date, i]));

  const byActor = new Map<string, Position[]>();
  for (const position of onTopic) {
    const list = byActor.get(position.actorId);
    if (list) list.push(position);
    else byActor.set(position.actorId, [position]);
  }
  const counts = new Map([...byActor].map(([actorId, list]) => [actorId, list.length]));
  const rowActors = actors.filter((a) => byActor.has(a.id)).sort(compareByCountThenName(counts));
  const rows = rowActors.map((actor): TopicStanceRow => {
    const list = (byActor.get(actor.id) ?? []).sort(byDate);
    const cells = dates.map((): Position[] => []);
    for (const position of list) cells[column.get(position.date)!]!.push(position);
    return { actor, positions: list, cells };
  });
  return { dates, rows };
}
