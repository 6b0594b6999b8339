import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { StoryEvent } from '../../model/core';
import { formatStoryDate } from '../format/dates';
import { eventKindLabel, eventStatusLabel, precisionLabel, provenanceLabel } from '../format/labels';

/** Where the popover points: an item's box, relative to the timeline's frame. */
export interface PopoverAnchor {
  left: number;
  top: number;
  bottom: number;
  /** The frame's width, to keep the popover inside it. */
  frameWidth: number;
}

const POPOVER_WIDTH = 320;

/** Where `box` (on screen) sits inside `frame`. */
function anchorIn(frame: HTMLElement | null, box: DOMRect): PopoverAnchor {
  const outer = frame?.getBoundingClientRect();
  return {
    left: box.left - (outer?.left ?? 0),
    top: box.top - (outer?.top ?? 0),
    bottom: box.bottom - (outer?.top ?? 0),
    frameWidth: outer?.width ?? 0,
  };
}

interface ShownPopover {
  eventId: string;
  anchor: PopoverAnchor;
}

/**
 * Which event's popover to show and where: the item under the pointer, else the selected item
 * while the timeline has keyboard focus. Positions are measured from the drawn items.
 */
export function useEventPopover(
  frameRef: RefObject<HTMLElement | null>,
  options: {
    /** The selected event, when its popover should show (the timeline has focus). */
    selectedEventId: string | undefined;
    /** Values whose change means the timeline has drawn again and the selection may have moved. */
    redrawn: readonly unknown[];
  },
) {
  const [hovered, setHovered] = useState<ShownPopover | null>(null);
  const [selected, setSelected] = useState<ShownPopover | null>(null);
  const { selectedEventId, redrawn } = options;

  const onHoverItem = useCallback(
    (itemId: string | null, box: DOMRect | null) => {
      if (!itemId || !box || itemId.startsWith('density:')) return setHovered(null);
      const at = itemId.indexOf('@');
      setHovered({
        eventId: at === -1 ? itemId : itemId.slice(0, at),
        anchor: anchorIn(frameRef.current, box),
      });
    },
    [frameRef],
  );

  useEffect(() => {
    if (!selectedEventId) return;
    // After vis-timeline has drawn the selection: its own redraw also waits for a frame.
    const frame = requestAnimationFrame(() => {
      const element = frameRef.current?.querySelector('.vis-item.vis-selected:not(.vis-dot):not(.vis-line)');
      setSelected(
        element
          ? { eventId: selectedEventId, anchor: anchorIn(frameRef.current, element.getBoundingClientRect()) }
          : null,
      );
    });
    return () => cancelAnimationFrame(frame);
    // `redrawn` lists what makes the timeline draw again; its items are the real dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedEventId, frameRef, ...redrawn]);

  const keyboard = selectedEventId && selected?.eventId === selectedEventId ? selected : null;
  return { shown: hovered ?? keyboard, onHoverItem };
}

/**
 * An event's full title and facts beside its timeline item, on hover or when the item is
 * selected from the keyboard. Built from text nodes: nothing from an article is parsed as HTML
 * (vis-timeline's own tooltips take HTML, so they stay off).
 */
export function EventPopover({ event, anchor }: { event: StoryEvent; anchor: PopoverAnchor }) {
  const left = Math.max(4, Math.min(anchor.left, anchor.frameWidth - POPOVER_WIDTH - 4));
  return (
    <div
      className="event-popover"
      role="tooltip"
      id="event-popover"
      style={{ left, top: anchor.bottom + 6, width: POPOVER_WIDTH }}
    >
      <p className="event-popover-title">{event.title}</p>
      <p className="event-popover-facts">
        <time dateTime={event.date}>{formatStoryDate(event.date, event.precision, event.endDate)}</time>
        {event.precision !== 'day' && <> ({precisionLabel(event.precision)})</>} ·{' '}
        {eventKindLabel(event.kind)} · {eventStatusLabel(event.planned)}
      </p>
      <p className="event-popover-facts muted">
        {provenanceLabel(event.provenance)} · {event.evidence.length}{' '}
        {event.evidence.length === 1 ? 'source sentence' : 'source sentences'}
      </p>
    </div>
  );
}
