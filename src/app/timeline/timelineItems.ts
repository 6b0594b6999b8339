import { DAY_MS, addDays, lastDayCovered, type StoryEvent } from '../../model/core';
import { impreciseDateTag, localDate } from '../format/dates';
import { eventKindSymbol } from '../format/labels';
import { memoOn } from '../data/memoOn';
import type { StoryLookup } from '../data/storyLookup';
import type { TimeWindow } from '../view/timeWindow';
import type { Grouping } from '../view/viewParams';

/** What the timeline draws: plain data, turned into DOM nodes only inside the wrapper. */
export interface TimelineItemSpec {
  id: string;
  eventId: string | null;
  /** The title, plain text; the wrapper sets it with textContent, never as HTML. */
  label: string;
  /** Plain text before the title: how exactly the date is known, when not to the day. */
  tag?: string;
  /** A glyph for the kind of event, shown before everything else. */
  icon?: string;
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

/**
 * One item per event, or per event and row when grouped; sorted by start. An event known only to
 * the week or month is a box at the start of that period with the period as a tag ("Mar 2025"),
 * never a bar across it, which would read as a month-long happening; only an event that really
 * spans several days (day dates with an end date) is a range.
 */
export function eventTimelineItems(events: readonly StoryEvent[], grouping: Grouping): TimelineItemSpec[] {
  const items: TimelineItemSpec[] = [];
  for (const event of events) {
    const spansDays =
      event.precision === 'day' && event.endDate !== undefined && event.endDate !== event.date;
    const start = localDate(event.date);
    const end = spansDays
      ? localDate(addDays(lastDayCovered(event.date, event.precision, event.endDate), 1))
      : undefined;
    const className = [
      `kind-${event.kind}`,
      `precision-${event.precision}`,
      event.planned ? 'is-planned' : '',
      event.provenance === 'extracted' ? 'is-extracted' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const tag = impreciseDateTag(event.date, event.precision) ?? undefined;
    // A set: an event listing the same actor twice is still one item in that actor's row.
    for (const key of new Set(groupKeys(event, grouping))) {
      items.push({
        id: grouping === 'none' ? event.id : `${event.id}@${key}`,
        eventId: event.id,
        label: event.title,
        tag: event.planned ? [tag, 'planned'].filter(Boolean).join(' · ') : tag,
        icon: eventKindSymbol(event.kind),
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

/**
 * The items with those of events outside `emphasised` marked to fade, so the events of an open
 * actor, topic or article stand out. Null: nothing fades.
 */
export function withEmphasis(
  items: readonly TimelineItemSpec[],
  emphasised: ReadonlySet<string> | null,
): readonly TimelineItemSpec[] {
  if (!emphasised) return items;
  return items.map((item) => {
    if (item.eventId === null) return item;
    const mark = emphasised.has(item.eventId) ? 'is-emphasised' : 'is-faded';
    return { ...item, className: `${item.className} ${mark}` };
  });
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
  // Boxes run right from their date, so the latest events need room for their labels: about a
  // third of the story's span on a desktop-wide timeline.
  return { start: new Date(min - margin), end: new Date(max + Math.max(margin, (max - min) * 0.45)) };
}

export function eventIdOfItem(itemId: string): string {
  const at = itemId.indexOf('@');
  return at === -1 ? itemId : itemId.slice(0, at);
}

/** What the open panel is about, from the route's ids. */
export interface OpenPanel {
  actorId?: string;
  topicId?: string;
  articleId?: string;
  quoteId?: string;
  positionId?: string;
}

/**
 * The events that belong to the open actor, topic, article or quote, to stand out on the
 * timeline; null when no such panel is open (an event panel shows its event as the selection).
 */
export function emphasisedEvents(lookup: StoryLookup, panel: OpenPanel): Set<string> | null {
  const position = panel.positionId ? lookup.positionsById.get(panel.positionId) : undefined;
  const open = position ? { actorId: position.actorId, topicId: position.topicId } : panel;
  const ids = (events: readonly StoryEvent[] | undefined) => new Set((events ?? []).map((e) => e.id));
  if (open.actorId && open.topicId) {
    return ids(lookup.eventsByActor.get(open.actorId)?.filter((e) => e.topicIds.includes(open.topicId!)));
  }
  if (open.actorId) return ids(lookup.eventsByActor.get(open.actorId));
  if (open.topicId) return ids(lookup.eventsByTopic.get(open.topicId));
  if (open.articleId) return ids(lookup.eventsByArticle.get(open.articleId));
  if (open.quoteId) {
    const eventId = lookup.quotesById.get(open.quoteId)?.eventId;
    return eventId ? new Set([eventId]) : null;
  }
  return null;
}

const storyItemsOnce = memoOn((events: readonly StoryEvent[], grouping: string) =>
  eventTimelineItems(events, grouping as Grouping),
);

/** `eventTimelineItems` for a loaded story's events, worked out once per grouping. */
export function storyTimelineItems(events: readonly StoryEvent[], grouping: Grouping): TimelineItemSpec[] {
  return storyItemsOnce(events, grouping);
}

const storyWindowOnce = memoOn((items: readonly TimelineItemSpec[]) => defaultWindow(items), 1);

/** `defaultWindow` of a story's items, worked out once. */
export function storyWindowOf(items: readonly TimelineItemSpec[]): TimeWindow {
  return storyWindowOnce(items, '');
}

const windowItemsOnce = memoOn((items: readonly TimelineItemSpec[], key: string) => {
  const [start, end, maxItems] = key.split('|').map(Number) as [number, number, number];
  return itemsForWindow(items, { start: new Date(start), end: new Date(end) }, maxItems);
}, 4);

/** `itemsForWindow`, kept for the last few windows of the same items (a pan back, another view). */
export function itemsForWindowOnce(items: readonly TimelineItemSpec[], window: TimeWindow, maxItems: number) {
  return windowItemsOnce(items, `${window.start.getTime()}|${window.end.getTime()}|${maxItems}`);
}
