import { DAY_MS, addDays, lastDayCovered, type StoryEvent } from '../../model';
import { localDate } from '../format/dates';
import type { StoryLookup } from '../data/storyLookup';
import type { TimeWindow } from '../view/timeWindow';
import type { Grouping } from '../view/viewParams';

/** What the timeline draws: plain data, turned into DOM nodes only inside the wrapper. */
export interface TimelineItemSpec {
  id: string;
  eventId: string | null;
  /** Plain text; the wrapper sets it with textContent, never as HTML. */
  label: string;
  start: Date;
  end?: Date;
  group?: string;
  className: string;
  /** Density summaries stand in for many events when zoomed out too far to read them. */
  type: 'box' | 'range' | 'density';
}

export interface TimelineGroupSpec {
  id: string;
  label: string;
}

const NO_GROUP = '_none';

function groupKeys(event: StoryEvent, grouping: Grouping): string[] {
  switch (grouping) {
    case 'none':
      return [NO_GROUP];
    case 'actor':
      return event.actorIds.length ? event.actorIds : [NO_GROUP];
    case 'topic':
      return event.topicIds.length ? event.topicIds : [NO_GROUP];
    case 'kind':
      return [event.kind];
  }
}

/** One item per event, or per event and row when grouped; sorted by start. */
export function eventTimelineItems(events: readonly StoryEvent[], grouping: Grouping): TimelineItemSpec[] {
  const items: TimelineItemSpec[] = [];
  for (const event of events) {
    const spansDays =
      event.precision !== 'day' || (event.endDate !== undefined && event.endDate !== event.date);
    const start = localDate(event.date);
    const end = spansDays
      ? localDate(addDays(lastDayCovered(event.date, event.precision, event.endDate), 1))
      : undefined;
    const className = [
      `kind-${event.kind}`,
      event.planned ? 'is-planned' : '',
      event.provenance === 'extracted' ? 'is-extracted' : '',
    ]
      .filter(Boolean)
      .join(' ');
    // A set: an event listing the same actor twice is still one item in that actor's row.
    for (const key of new Set(groupKeys(event, grouping))) {
      items.push({
        id: grouping === 'none' ? event.id : `${event.id}@${key}`,
        eventId: event.id,
        label: event.title,
        start,
        end,
        group: grouping === 'none' ? undefined : key,
        className,
        type: spansDays ? 'range' : 'box',
      });
    }
  }
  return items.sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
}

/** The rows for a grouping, in a stable, readable order; only rows that have items. */
export function timelineGroups(
  items: readonly TimelineItemSpec[],
  grouping: Grouping,
  lookup: StoryLookup,
): TimelineGroupSpec[] | undefined {
  if (grouping === 'none') return undefined;
  const counts = new Map<string, number>();
  for (const item of items) if (item.group) counts.set(item.group, (counts.get(item.group) ?? 0) + 1);
  const label = (key: string) => {
    if (key === NO_GROUP) return grouping === 'actor' ? 'No actor' : 'No topic';
    if (grouping === 'actor') return lookup.actorsById.get(key)?.name ?? key;
    if (grouping === 'topic') return lookup.topicsById.get(key)?.name ?? key;
    return key.replace(/-/g, ' ');
  };
  return [...counts.keys()]
    .map((id) => ({ id, label: label(id) }))
    .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.label.localeCompare(b.label));
}

/** First index whose start is ≥ time (items sorted by start). */
function lowerBound(items: readonly TimelineItemSpec[], time: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start.getTime() < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Longest item span, so a range that starts before the window but reaches into it is not missed. */
const MAX_SPAN_MS = 366 * DAY_MS;

/**
 * What reaches vis-timeline: the items in and near the window (half a window
 * either side, so a short pan needs no update). When more than `maxItems`
 * would be drawn, each row gets a count per time bucket instead, because
 * vis-timeline slows badly with thousands of items and nobody can read them.
 */
export function itemsForWindow(
  items: readonly TimelineItemSpec[],
  window: TimeWindow,
  maxItems: number,
  buckets = 24,
): { items: TimelineItemSpec[]; summarized: boolean } {
  const span = window.end.getTime() - window.start.getTime();
  const from = window.start.getTime() - span / 2;
  const to = window.end.getTime() + span / 2;
  const near: TimelineItemSpec[] = [];
  const end = lowerBound(items, to);
  for (let i = lowerBound(items, from - MAX_SPAN_MS); i < end; i++) {
    const item = items[i]!;
    if ((item.end ?? item.start).getTime() >= from) near.push(item);
  }
  if (near.length <= maxItems) return { items: near, summarized: false };

  const width = (to - from) / buckets;
  const cells = new Map<string, number>();
  for (const item of near) {
    const bucket = Math.min(buckets - 1, Math.max(0, Math.floor((item.start.getTime() - from) / width)));
    const key = `${item.group ?? ''}\u0000${bucket}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  const summary: TimelineItemSpec[] = [];
  for (const [key, count] of [...cells].sort(([a], [b]) => a.localeCompare(b))) {
    const [group, bucketText] = key.split('\u0000') as [string, string];
    const bucket = Number(bucketText);
    summary.push({
      id: `density:${group}:${bucket}`,
      eventId: null,
      label: `${count} event${count === 1 ? '' : 's'}`,
      start: new Date(from + bucket * width),
      end: new Date(from + (bucket + 1) * width),
      group: group || undefined,
      className: 'density',
      type: 'density',
    });
  }
  return { items: summary, summarized: true };
}

/** A window that shows all the given events with a margin; around today when there are none. */
export function defaultWindow(items: readonly TimelineItemSpec[]): TimeWindow {
  if (items.length === 0) {
    const now = Date.now();
    return { start: new Date(now - 30 * DAY_MS), end: new Date(now + 30 * DAY_MS) };
  }
  let min = Infinity;
  let max = -Infinity;
  for (const item of items) {
    min = Math.min(min, item.start.getTime());
    max = Math.max(max, (item.end ?? item.start).getTime());
  }
  const margin = Math.max((max - min) * 0.08, 2 * DAY_MS);
  return { start: new Date(min - margin), end: new Date(max + margin) };
}

export function eventIdOfItem(itemId: string): string {
  const at = itemId.indexOf('@');
  return at === -1 ? itemId : itemId.slice(0, at);
}
