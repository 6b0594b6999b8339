import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeEvent, makeIndex } from '../fixtures/story';
import type { DataIndex } from '../../src/model';
import { renderStory, serveData } from './renderStory';

afterEach(() => vi.unstubAllGlobals());

describe('the explorer', () => {
  it('shows a loading state, then the overview', async () => {
    renderStory('/');
    expect(await screen.findByRole('status')).toHaveTextContent(/Loading the story data/);
    expect(await screen.findByRole('heading', { name: 'How the story unfolded' })).toBeInTheDocument();
  });

  it('opens the event named in the URL with its evidence and source', async () => {
    renderStory('/events/macron-visits-trump');
    expect(
      await screen.findByRole('heading', { name: 'Macron visits Trump at the White House' }),
    ).toBeVisible();
    // The event's own date: the cited article, published that day, shows the same date once its body loads.
    expect(screen.getByText('24 February 2025', { selector: '.event-date time' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Emmanuel Macron' })).toBeVisible();
    expect(screen.getByText('Macron visited U.S. President Donald Trump')).toBeVisible();
    expect(screen.getByText('Macron meets Trump')).toBeVisible();
    // The original opens at the cited sentence (a text fragment; see format/textFragment.ts).
    expect(screen.getByRole('link', { name: /^Original/ })).toHaveAttribute(
      'href',
      'https://example.org/a1#:~:text=Macron%20visited%20U.S.%20President%20Donald%20Trump',
    );
    await waitFor(() => expect(document.title).toMatch(/^Macron visits Trump at the White House/));
  });

  it('says "not found" for an unknown event id and keeps the timeline', async () => {
    renderStory('/events/no-such-event');
    expect(await screen.findByRole('heading', { name: 'Not found' })).toBeVisible();
    expect(screen.getByText(/no event with the id “no-such-event”/)).toBeVisible();
    expect(screen.getByTestId('event-timeline')).toBeInTheDocument();
  });

  it('says "not found" for an address that matches no view', async () => {
    renderStory('/nowhere/at/all');
    expect(await screen.findByText(/does not match any view/)).toBeVisible();
  });

  it('renders titles from the data as text, never as markup', async () => {
    const index = makeIndex({ events: [makeEvent({ title: '<img src=x onerror="window.hacked=1">Hi' })] });
    renderStory('/events/macron-visits-trump', { index });
    expect(
      await screen.findByRole('heading', { name: '<img src=x onerror="window.hacked=1">Hi' }),
    ).toBeVisible();
    expect(document.querySelector('img')).toBeNull();
  });

  it.each([
    [null, /data\/index\.json was not found on the server \(404\)/],
    ['{"schemaVersion": 1, "events": [', /data\/index\.json is not valid JSON/],
    [JSON.stringify({ schemaVersion: 1, events: 'nope' }), /does not match the data format/],
    // Lists in place, but an event without the fields the app indexes: the schema names the field.
    [
      { ...makeIndex(), events: [{ id: 'x' }] } as unknown as DataIndex,
      /does not match the data format: events\[0\]\./,
    ],
  ])('explains a broken data file (%#) and retries', async (index, message) => {
    renderStory('/', { index });
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    serveData({});
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'How the story unfolded' })).toBeVisible();
  });
});
