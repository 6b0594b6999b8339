import { createElement, useSyncExternalStore, type ReactNode } from 'react';
import type { EventTimeline, EventTimelineProps } from './EventTimeline';

/**
 * vis-timeline is most of the app's JavaScript, so it is a chunk of its own, loaded by
 * `loadTimelineWidget` (main.tsx starts it at once, in parallel with the data). Until it has
 * arrived — and always on the server, where vis-timeline cannot run — the timeline pane shows
 * the same events as a list. Once loaded it renders at once: no suspense, so a page prerendered
 * with the list is taken over without a blank frame.
 */
let widget: typeof EventTimeline | null = null;
let loading: Promise<typeof EventTimeline> | null = null;
const listeners = new Set<() => void>();

export function loadTimelineWidget(): Promise<typeof EventTimeline> {
  loading ??= import('./EventTimeline').then((module) => {
    widget = module.EventTimeline;
    for (const listener of listeners) listener();
    return widget;
  });
  return loading;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  void loadTimelineWidget();
  return () => listeners.delete(listener);
};

/** The timeline widget once its chunk is loaded, null before (and on the server). */
function useTimelineWidget(): typeof EventTimeline | null {
  return useSyncExternalStore(
    subscribe,
    () => widget,
    () => null,
  );
}

/** The timeline once its chunk has arrived; `fallback` until then. */
export function TimelineWidget({ fallback, ...props }: EventTimelineProps & { fallback: ReactNode }) {
  const widget = useTimelineWidget();
  return widget ? createElement(widget, props) : fallback;
}
