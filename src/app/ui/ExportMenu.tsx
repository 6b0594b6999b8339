import { useState, type KeyboardEvent } from 'react';
import { lastDayCovered, type StoryEvent } from '../../model/core';
import type { ExportFile, ExportFormat } from '../data/exportFiles';
import { useStory } from '../data/storyIndex';
import { currentPage } from '../view/explorerAddress';
import { overlapsWindow } from '../view/timeWindow';
import { useViewParams } from '../view/useView';
import type { EventFilters } from '../view/viewParams';

/** The file builders load on first use: nobody who only reads pays for them. */
const loadExport = () => import('../data/exportFiles');

const CHOICES: { format: ExportFormat; label: string }[] = [
  { format: 'events-csv', label: 'Events (CSV)' },
  { format: 'quotes-csv', label: 'Quotes (CSV)' },
  { format: 'positions-csv', label: 'Positions (CSV)' },
  { format: 'json', label: 'Events, quotes and positions (JSON)' },
  { format: 'ics', label: 'Events for a calendar (.ics)' },
];

function save(file: ExportFile) {
  const address = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = document.createElement('a');
  link.href = address;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers read the blob after click() has returned.
  setTimeout(() => URL.revokeObjectURL(address), 60_000);
}

/**
 * "Download": the events the filters and the visible dates show, with their quotes and
 * positions, as CSV, JSON or a calendar file.
 */
export function ExportMenu({ events, filters }: { events: readonly StoryEvent[]; filters: EventFilters }) {
  const { lookup } = useStory();
  const { start, end } = useViewParams();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const inView = open
    ? events.filter((e) =>
        overlapsWindow(e.date, lastDayCovered(e.date, e.precision, e.endDate), { start, end }),
      ).length
    : 0;

  const download = async (format: ExportFormat) => {
    setStatus('Preparing the file…');
    try {
      const { exportFile } = await loadExport();
      const file = exportFile(
        format,
        {
          filtered: events,
          filters,
          window: { start, end },
          viewAddress: window.location.href,
          page: currentPage(),
          now: new Date(),
        },
        lookup,
      );
      save(file);
      setStatus(`Downloaded ${file.name}`);
    } catch {
      setStatus('The download failed. Try again, or reload the page.');
    }
  };

  // Escape closes the menu and returns focus to its button, as the filter pickers do.
  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !event.currentTarget.open) return;
    event.stopPropagation();
    event.currentTarget.open = false;
    event.currentTarget.querySelector('summary')?.focus();
  };

  return (
    <details
      className="facet export-menu"
      onKeyDown={onKeyDown}
      onToggle={(event) => {
        const isOpen = event.currentTarget.open;
        setOpen(isOpen);
        if (isOpen) void loadExport().catch(() => {});
      }}
    >
      <summary>Download</summary>
      {open && (
        <div className="facet-body export-body">
          <p className="export-scope">
            {inView} {inView === 1 ? 'event' : 'events'}: {start && end ? 'those' : 'all those'} the filters
            {start && end ? ' and the visible dates' : ''} show, with their quotes and positions.
          </p>
          <ul className="export-choices">
            {CHOICES.map((choice) => (
              <li key={choice.format}>
                <button type="button" onClick={() => void download(choice.format)}>
                  {choice.label}
                </button>
              </li>
            ))}
          </ul>
          <p role="status" className="export-status">
            {status}
          </p>
        </div>
      )}
    </details>
  );
}
