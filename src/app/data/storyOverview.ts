import type { DataIndex, Position, StoryEvent } from '../../model/core';
import { STANCE_ORDER } from '../format/labels';
import type { StoryLookup } from './storyLookup';

/** A move from one stance to another by one actor on one topic. */
export interface StanceChange {
  from: Position;
  to: Position;
  /** Steps along the stance scale (supports … opposes) between the two. */
  size: number;
}

export interface StoryOverview {
  first: StoryEvent | null;
  /** The latest event that had happened when reported. */
  latest: StoryEvent | null;
  /** Planned events after the latest one that happened, soonest first. */
  upcoming: StoryEvent[];
  /** The biggest moves along the stance scale, largest first. */
  changes: StanceChange[];
  /** Actors in the most events, busiest first. */
  busiest: { actorId: string; events: number }[];
  /** Distinct publishers of the articles, in the order of the articles. */
  outlets: string[];
}

const rank = (position: Position) => STANCE_ORDER.indexOf(position.stance);

/** Every change of stance in the story: consecutive positions of one actor on one topic that differ. */
export function stanceChanges(positions: readonly Position[]): StanceChange[] {
  const sequences = new Map<string, Position[]>();
  for (const position of positions) {
    const key = `${position.actorId}\u0000${position.topicId}`;
    const list = sequences.get(key);
    if (list) list.push(position);
    else sequences.set(key, [position]);
  }
  const changes: StanceChange[] = [];
  for (const list of sequences.values()) {
    list.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    for (let i = 1; i < list.length; i++) {
      const [from, to] = [list[i - 1]!, list[i]!];
      if (from.stance !== to.stance) changes.push({ from, to, size: Math.abs(rank(to) - rank(from)) });
    }
  }
  return changes;
}

/** The story in a few facts for the overview: where it starts and stands, and who moved most. */
export function storyOverview(index: DataIndex, lookup: StoryLookup, limit = 3): StoryOverview {
  const events = lookup.eventsInOrder;
  const happened = events.filter((e) => !e.planned);
  const latest = happened.at(-1) ?? null;
  const upcoming = events.filter((e) => e.planned && (!latest || e.date > latest.date)).slice(0, limit);
  const changes = stanceChanges(index.positions)
    .sort((a, b) => b.size - a.size || b.to.date.localeCompare(a.to.date) || a.to.id.localeCompare(b.to.id))
    .slice(0, limit);
  const busiest = [...lookup.eventsByActor]
    .map(([actorId, list]) => ({ actorId, events: list.length }))
    .sort((a, b) => b.events - a.events || a.actorId.localeCompare(b.actorId))
    .slice(0, limit);
  const outlets = [...new Set(index.articles.flatMap((a) => (a.publisher ? [a.publisher] : [])))];
  return { first: events[0] ?? null, latest, upcoming, changes, busiest, outlets };
}
