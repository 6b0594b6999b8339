import { useEffect, useLayoutEffect, useRef } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataItem, type DataGroup, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { DAY_MS } from '../../model/core';
import type { TimeWindow } from '../view/timeWindow';
import type { TimelineGroupSpec, TimelineItemSpec } from './timelineItems';
import { NO_GESTURE, afterPress, afterWheel, isDrag } from './windowGestures';

export interface EventTimelineProps {
  /** Already cut to the window by `itemsForWindow`: this component never gets thousands. */
  items: readonly TimelineItemSpec[];
  /** Rows; undefined draws one row. Give the component a new `key` when this switches on or off. */
  groups?: readonly TimelineGroupSpec[];
  window: TimeWindow;
  /** Item ids to show as selected. */
  selectedItemIds: readonly string[];
  /** The user clicked an item. */
  onSelectItem: (itemId: string) => void;
  /**
   * The user panned or zoomed. `gesture` numbers the drag, pinch or burst of wheel turns the
   * change belongs to, so one gesture can be one history entry however many changes it makes.
   */
  onWindowChange: (window: TimeWindow, gesture: number) => void;
  /** The pointer moved onto an item (its id and box on screen) or off it (null). */
  onHoverItem?: (itemId: string | null, box: DOMRect | null) => void;
  /** The user clicked a density summary: zoom into it. */
  onZoomTo?: (window: TimeWindow) => void;
  ariaLabel: string;
}

const OPTIONS: TimelineOptions = {
  height: '100%',
  zoomMin: DAY_MS,
  zoomMax: 5 * 366 * DAY_MS,
  selectable: true,
  multiselect: false,
  stack: true,
  orientation: { axis: 'top', item: 'top' },
  // A box starts at its date and runs right, so a title's first words sit on its day and are
  // never pushed off the left edge by centring.
  align: 'left',
  margin: { item: { horizontal: 4, vertical: 6 } },
  // Every label is a DOM node filled with textContent (see toDataItem), so nothing from an
  // article is parsed as HTML; the library's own XSS filter stays on as a second line.
  showTooltips: false,
  groupOrder: 'order',
};

/** An item's label as DOM nodes filled with textContent: icon, tag, title. */
function itemContent(spec: TimelineItemSpec): HTMLElement {
  const content = document.createElement('span');
  content.className = 'item-label';
  if (spec.icon) {
    const icon = document.createElement('span');
    icon.className = 'item-icon';
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = spec.icon;
    content.append(icon);
  }
  if (spec.tag) {
    const tag = document.createElement('span');
    tag.className = 'item-tag';
    tag.textContent = spec.tag;
    content.append(tag);
  }
  const title = document.createElement('span');
  title.className = 'item-title';
  title.textContent = spec.label;
  content.append(title);
  return content;
}

function toDataItem(spec: TimelineItemSpec): DataItem {
  const content = itemContent(spec);
  return {
    id: spec.id,
    // vis-timeline accepts an Element as content (documented), though its types say string.
    content: content as unknown as string,
    start: spec.start,
    end: spec.end,
    group: spec.group,
    className: spec.className,
    type: spec.type === 'density' ? 'range' : spec.type,
  };
}

function toDataGroup(spec: TimelineGroupSpec, order: number): DataGroup {
  const content = document.createElement('span');
  content.textContent = spec.label;
  // `order` is read by the groupOrder option; the DataGroup type does not list it.
  return { id: spec.id, content: content as unknown as string, order } as DataGroup;
}

/** A cheap identity of what an item looks like, to skip updates that change nothing. */
function signature(spec: TimelineItemSpec): string {
  return `${spec.icon ?? ''}|${spec.tag ?? ''}|${spec.label}|${spec.start.getTime()}|${spec.end?.getTime() ?? ''}|${spec.group ?? ''}|${spec.className}`;
}

const sameDay = (a: Date, b: Date) => Math.abs(a.getTime() - b.getTime()) < DAY_MS / 2;

/**
 * The one place vis-timeline lives. It is imperative, so: created in an effect
 * on a container ref and destroyed in the cleanup (safe under StrictMode's
 * double effects); props are pushed in as diffs; callbacks are read from a ref
 * so a new handler never recreates the widget; and only changes the user made
 * (`byUser`) are reported, so URL → timeline → URL cannot loop.
 */
export function EventTimeline(props: EventTimelineProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const itemsRef = useRef<DataSet<DataItem> | null>(null);
  const groupsRef = useRef<DataSet<DataGroup> | null>(null);
  const shownRef = useRef(new Map<string, string>());
  const propsRef = useRef(props);
  const gestureRef = useRef(NO_GESTURE);
  // The widget's listeners read the newest callbacks and items from here.
  useLayoutEffect(() => {
    propsRef.current = props;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const { items, groups, window } = propsRef.current;
    const itemSet = new DataSet<DataItem>(items.map(toDataItem));
    const groupSet = new DataSet<DataGroup>((groups ?? []).map(toDataGroup));
    // Items go in at construction and the window is set afterwards: passing start/end in the
    // options, or adding items to a drawn timeline, takes vis-timeline's slow one-by-one path.
    const timeline = groups
      ? new Timeline(container, itemSet, groupSet, OPTIONS)
      : new Timeline(container, itemSet, OPTIONS);
    timeline.setWindow(window.start, window.end, { animation: false });
    timeline.setSelection([...propsRef.current.selectedItemIds]);
    shownRef.current = new Map(items.map((item) => [item.id, signature(item)]));

    // Where the current press went down, whether it has since travelled as far as a drag, and whether it is
    // still held.
    let press: { x: number; y: number; dragged: boolean; held: boolean } | null = null;
    timeline.on('select', ({ items: selected }: { items: (string | number)[] }) => {
      // The end of a pan that started on an item: the reader moved the timeline, not chose an event. A
      // selection while the press is still held is the widget's long press (a quarter of a second without
      // moving, as a slow machine makes the start of any drag): a click only counts once released.
      if (press?.dragged || press?.held) {
        timeline.setSelection([...propsRef.current.selectedItemIds]);
        return;
      }
      const id = selected[0];
      if (id !== undefined && String(id).startsWith('density:')) {
        const spec = propsRef.current.items.find((item) => item.id === id);
        timeline.setSelection([]);
        if (spec?.end) propsRef.current.onZoomTo?.({ start: spec.start, end: spec.end });
        return;
      }
      if (id === undefined) {
        // A click on empty space clears vis-timeline's own selection; the URL still selects the event.
        timeline.setSelection([...propsRef.current.selectedItemIds]);
        return;
      }
      propsRef.current.onSelectItem(String(id));
    });
    timeline.on('rangechanged', ({ start, end, byUser }: { start: Date; end: Date; byUser: boolean }) => {
      if (byUser) propsRef.current.onWindowChange({ start, end }, gestureRef.current.gesture);
    });
    timeline.on('itemover', ({ item, event }: { item: string | number; event: Event }) => {
      const element = event.target instanceof Element ? event.target.closest('.vis-item') : null;
      propsRef.current.onHoverItem?.(String(item), element?.getBoundingClientRect() ?? null);
    });
    timeline.on('itemout', () => propsRef.current.onHoverItem?.(null, null));
    // Capture phase: the gesture is counted before vis-timeline handles the same input.
    const onPress = (event: PointerEvent) => {
      gestureRef.current = afterPress(gestureRef.current);
      press = { x: event.clientX, y: event.clientY, dragged: false, held: true };
    };
    const onMove = (event: PointerEvent) => {
      if (press && !press.dragged && isDrag(press, { x: event.clientX, y: event.clientY }))
        press.dragged = true;
    };
    // Capture phase again: the press is released before the widget reads a tap from the same input.
    const onRelease = (event: PointerEvent) => {
      onMove(event);
      if (press) press.held = false;
    };
    const onWheel = (event: WheelEvent) => {
      gestureRef.current = afterWheel(gestureRef.current, event.timeStamp);
    };
    container.addEventListener('pointerdown', onPress, { capture: true });
    container.addEventListener('pointermove', onMove, { capture: true, passive: true });
    container.addEventListener('pointerup', onRelease, { capture: true, passive: true });
    container.addEventListener('wheel', onWheel, { capture: true, passive: true });

    timelineRef.current = timeline;
    itemsRef.current = itemSet;
    groupsRef.current = groupSet;
    return () => {
      container.removeEventListener('pointerdown', onPress, { capture: true });
      container.removeEventListener('pointermove', onMove, { capture: true });
      container.removeEventListener('pointerup', onRelease, { capture: true });
      container.removeEventListener('wheel', onWheel, { capture: true });
      timeline.destroy();
      timelineRef.current = null;
      itemsRef.current = null;
      groupsRef.current = null;
    };
    // The widget is created once; later prop changes are applied by the effects below.
  }, []);

  const { items, groups, window, selectedItemIds } = props;

  useEffect(() => {
    const itemSet = itemsRef.current;
    if (!itemSet) return;
    const shown = shownRef.current;
    const next = new Map(items.map((item) => [item.id, signature(item)]));
    const removed = [...shown.keys()].filter((id) => !next.has(id));
    const changed = items.filter((item) => shown.get(item.id) !== next.get(item.id));
    if (removed.length) itemSet.remove(removed);
    if (changed.length) itemSet.update(changed.map(toDataItem));
    shownRef.current = next;
  }, [items]);

  useEffect(() => {
    const timeline = timelineRef.current;
    const groupSet = groupsRef.current;
    if (!timeline || !groupSet) return;
    // Switching between rows and no rows remounts this component (see its `key`), so here
    // only the set of rows changes.
    if (!groups) return;
    const wanted = new Set(groups.map((g) => g.id));
    groupSet.remove(groupSet.getIds().filter((id) => !wanted.has(String(id))));
    groupSet.update(groups.map(toDataGroup));
    timeline.setGroups(groupSet);
  }, [groups]);

  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const current = timeline.getWindow();
    if (!sameDay(current.start, window.start) || !sameDay(current.end, window.end)) {
      timeline.setWindow(window.start, window.end, { animation: false });
    }
  }, [window.start, window.end]);

  useEffect(() => {
    // setSelection fires no `select` event, so this cannot echo back into the URL.
    timelineRef.current?.setSelection([...selectedItemIds]);
  }, [selectedItemIds]);

  return (
    <div
      ref={containerRef}
      className="event-timeline"
      role="region"
      aria-label={props.ariaLabel}
      data-testid="event-timeline"
    />
  );
}
