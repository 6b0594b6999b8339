/**
 * Which user gesture a change of the timeline's window belongs to. History gets one entry per
 * gesture: its first window change pushes, later ones replace that entry. A gesture is counted
 * from the input that starts it, never from the page's load or a clock shared with anything else.
 */
export interface GestureCount {
  /** Numbers gestures in the order they start; 0 before the first. */
  gesture: number;
  /** When the last wheel turn of the current wheel gesture came, if it is one. */
  lastWheelAt: number | null;
}

/**
 * Wheel turns closer together than this are one gesture: a wheel or touchpad sends a burst of
 * turns for what the user means as one zoom. vis-timeline itself reports a burst as one change
 * when its turns are under 200 ms apart; this covers slower hands on a notched wheel.
 */
export const WHEEL_BURST_GAP_MS = 400;

export const NO_GESTURE: GestureCount = { gesture: 0, lastWheelAt: null };

/** A press (mouse, pen or finger) always starts a new gesture: a drag or a pinch. */
export function afterPress(count: GestureCount): GestureCount {
  return { gesture: count.gesture + 1, lastWheelAt: null };
}

/** A wheel turn continues the wheel gesture it follows closely, or starts a new one. */
export function afterWheel(count: GestureCount, at: number): GestureCount {
  const continues = count.lastWheelAt !== null && at - count.lastWheelAt < WHEEL_BURST_GAP_MS;
  return { gesture: continues ? count.gesture : count.gesture + 1, lastWheelAt: at };
}

/** A window change pushes a history entry unless its gesture already pushed one. */
export function historyModeFor(gesture: number, lastPushedGesture: number | null): 'push' | 'replace' {
  return gesture === lastPushedGesture ? 'replace' : 'push';
}

/**
 * How far a press may travel and still be a click. A drag that starts on an item moves the item
 * with it, so the press also ends on it: without this a pan by its items would open one.
 */
export const CLICK_SLOP_PX = 6;

/** Did a press that went down at `from` and has since reached `to` travel too far to be a click? */
export function isDrag(from: { x: number; y: number }, to: { x: number; y: number }): boolean {
  return Math.hypot(to.x - from.x, to.y - from.y) > CLICK_SLOP_PX;
}
