import { render, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { localDate } from '../../src/app/format/dates';
import { EventTimeline, type EventTimelineProps } from '../../src/app/timeline/EventTimeline';
import { eventTimelineItems } from '../../src/app/timeline/timelineItems';
import { makeEvents } from '../fixtures/story';

function props(overrides: Partial<EventTimelineProps> = {}): EventTimelineProps {
  return {
    items: eventTimelineItems(makeEvents(5, '2025-02-01'), 'none'),
    window: { start: localDate('2025-01-25'), end: localDate('2025-02-15') },
    selectedItemIds: [],
    onSelectItem: vi.fn(),
    onWindowChange: vi.fn(),
    ariaLabel: 'Timeline',
    ...overrides,
  };
}

const contents = (container: HTMLElement) =>
  [...container.querySelectorAll('.vis-item-content')].map((el) => el.textContent).sort();

// jsdom does no layout: every element measures 0 × 0, and vis-timeline draws no item in a
// zero-width timeline. Give elements a size so the real widget renders its items.
beforeAll(() => {
  for (const [prop, value] of [
    ['clientWidth', 800],
    ['offsetWidth', 800],
    ['clientHeight', 300],
    ['offsetHeight', 300],
  ] as const) {
    Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: () => value });
  }
});

afterAll(() => {
  for (const prop of ['clientWidth', 'offsetWidth', 'clientHeight', 'offsetHeight']) {
    delete (HTMLElement.prototype as unknown as Record<string, unknown>)[prop];
  }
});

// Diffing, selection and text-only labels are tested against the real widget in Chromium
// (tests/e2e/timeline.spec.ts, security.spec.ts), where it has a real layout.
describe('EventTimeline (the vis-timeline wrapper)', () => {
  it('creates exactly one timeline under StrictMode and destroys it on unmount', async () => {
    const { container, unmount } = render(
      <StrictMode>
        <EventTimeline {...props()} />
      </StrictMode>,
    );
    expect(container.querySelectorAll('.vis-timeline')).toHaveLength(1);
    await waitFor(() => expect(contents(container)).toHaveLength(5));
    unmount();
    expect(container.querySelectorAll('.vis-timeline')).toHaveLength(0);
  });
});
