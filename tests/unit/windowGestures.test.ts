import {
  isDrag,
  NO_GESTURE,
  WHEEL_BURST_GAP_MS,
  afterPress,
  afterWheel,
  historyModeFor,
} from '../../src/app/timeline/windowGestures';

describe('timeline gestures and history', () => {
  it('a change right after load, before any earlier gesture, pushes', () => {
    // The page's age plays no part: the first gesture's first change is a new entry.
    const count = afterPress(NO_GESTURE);
    expect(historyModeFor(count.gesture, null)).toBe('push');
  });

  it('every press starts a new gesture, however soon after the last', () => {
    const first = afterPress(NO_GESTURE);
    const second = afterPress(first);
    expect(second.gesture).toBe(first.gesture + 1);
    expect(historyModeFor(second.gesture, first.gesture)).toBe('push');
  });

  it('later changes of the same gesture replace its entry', () => {
    const count = afterPress(NO_GESTURE);
    expect(historyModeFor(count.gesture, count.gesture)).toBe('replace');
  });

  it('a burst of wheel turns is one gesture, measured from its own turns', () => {
    let count = afterWheel(NO_GESTURE, 10_000);
    const gesture = count.gesture;
    for (const at of [10_100, 10_300, 10_600]) count = afterWheel(count, at);
    expect(count.gesture).toBe(gesture);
    expect(historyModeFor(count.gesture, gesture)).toBe('replace');
  });

  it('a wheel turn after a pause, or after a press, starts a new gesture', () => {
    const burst = afterWheel(NO_GESTURE, 5);
    expect(afterWheel(burst, 5 + WHEEL_BURST_GAP_MS).gesture).toBe(burst.gesture + 1);
    const pressed = afterPress(burst);
    expect(afterWheel(pressed, 6).gesture).toBe(pressed.gesture + 1);
  });
});

describe('a press that travels is a drag, not a click', () => {
  it.each([
    [{ x: 100, y: 50 }, { x: 103, y: 52 }, false],
    [{ x: 100, y: 50 }, { x: 100, y: 56 }, false],
    [{ x: 100, y: 50 }, { x: 250, y: 50 }, true],
    [{ x: 100, y: 50 }, { x: 105, y: 55 }, true],
  ])('from %o to %o: drag %s', (from, to, drag) => expect(isDrag(from, to)).toBe(drag));
});
