import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { addDays, eventKind, stance, type StoryEvent } from '../../model';
import { useStory } from '../data/storyIndex';
import { stanceBadge } from '../matrix/stanceMatrix';
import { rootRouteApi } from '../url/routeApi';
import type { StorySearch } from '../url/storySearch';
import {
  activeFilterChips,
  clearFilters,
  emptyResultHint,
  eventKindLabel,
  facetCounts,
  hasActiveFilters,
  removeFilterValue,
  type EventFilters,
  type FilterKey,
} from './eventFilters';
import { FacetPicker, type FacetOption } from './FacetPicker';

const FILTER_NAMES: Record<FilterKey, string> = {
  actors: 'actor',
  topics: 'topic',
  stances: 'stance',
  kinds: 'kind',
  publishers: 'source',
  provenance: 'curated / extracted',
  from: '“from” date',
  to: '“until” date',
};

function options(counts: Map<string, number>, label: (value: string) => string, order?: readonly string[]) {
  const values = order ?? [...counts.keys()];
  const list: FacetOption[] = values.map((value) => ({
    value,
    label: label(value),
    count: counts.get(value) ?? 0,
  }));
  return order ? list : list.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/**
 * Filters by actor, topic, stance, source, kind, provenance and dates; the
 * active ones as removable chips; how many events match. All of it lives in the URL.
 */
export function FilterBar({ filters, matching }: { filters: EventFilters; matching: readonly StoryEvent[] }) {
  const { index, lookup, filterContext } = useStory();
  const navigate = useNavigate();
  const counts = useMemo(
    () => facetCounts(index.events, filters, filterContext),
    [index.events, filters, filterContext],
  );
  const chips = activeFilterChips(filters, lookup);
  // `filters` already leaves out ids the data lacks; the URL still has them, so name them.
  const inUrl = rootRouteApi.useSearch({ select: (s) => ({ actors: s.actors, topics: s.topics }) });
  const unknownActors = (inUrl.actors ?? []).filter((id) => !lookup.actorsById.has(id));
  const unknownTopics = (inUrl.topics ?? []).filter((id) => !lookup.topicsById.has(id));
  const hint = matching.length === 0 ? emptyResultHint(index.events, filters, filterContext) : null;

  const update = (change: (prev: StorySearch) => StorySearch, replace = false) =>
    void navigate({ to: '.', search: (prev) => change(prev), replace });
  const setList = (key: 'actors' | 'topics' | 'stances' | 'kinds' | 'publishers') => (next: string[]) =>
    update((prev) => ({ ...prev, [key]: next.length ? next : undefined }));
  // A date field reports every typed segment, so its changes replace the history entry.
  const setDate = (key: 'from' | 'to') => (value: string) =>
    update((prev) => {
      const next: StorySearch = { ...prev, [key]: value || undefined };
      // The timeline follows a complete range, so the filtered span is what is on screen.
      if (next.from && next.to && next.from <= next.to) {
        return { ...next, start: next.from, end: addDays(next.to, 1) };
      }
      return next;
    }, true);

  return (
    <div className="filter-bar" role="group" aria-label="Filters">
      <div className="filter-controls">
        <FacetPicker
          title="Actors"
          searchable
          options={options(counts.actors, (id) => lookup.actorsById.get(id)?.name ?? id)}
          selected={filters.actors ?? []}
          onChange={setList('actors')}
        />
        <FacetPicker
          title="Topics"
          options={options(counts.topics, (id) => lookup.topicsById.get(id)?.name ?? id)}
          selected={filters.topics ?? []}
          onChange={setList('topics')}
        />
        <FacetPicker
          title="Stances"
          options={options(counts.stances, (s) => stanceBadge(s as never), stance.options)}
          selected={filters.stances ?? []}
          onChange={setList('stances')}
        />
        <FacetPicker
          title="Kinds"
          options={options(counts.kinds, (k) => eventKindLabel(k as never), eventKind.options)}
          selected={filters.kinds ?? []}
          onChange={setList('kinds')}
        />
        <FacetPicker
          title="Sources"
          options={options(counts.publishers, (p) => p)}
          selected={filters.publishers ?? []}
          onChange={setList('publishers')}
        />
        <label className="filter-field">
          <span>From</span>
          <input type="date" value={filters.from ?? ''} onChange={(e) => setDate('from')(e.target.value)} />
        </label>
        <label className="filter-field">
          <span>Until</span>
          <input type="date" value={filters.to ?? ''} onChange={(e) => setDate('to')(e.target.value)} />
        </label>
        <label className="filter-field">
          <span>Found</span>
          <select
            value={filters.provenance ?? ''}
            onChange={(e) =>
              update((prev) => ({
                ...prev,
                provenance: (e.target.value || undefined) as StorySearch['provenance'],
              }))
            }
          >
            <option value="">curated and extracted</option>
            <option value="curated">curated only</option>
            <option value="extracted">extracted only</option>
          </select>
        </label>
        <VisibleDatesButton />
        <GroupingSelect />
      </div>
      <div className="filter-status">
        <p role="status" className="match-count">
          {matching.length} of {index.events.length} events
        </p>
        {chips.length > 0 && (
          <ul className="chip-list filter-chips" aria-label="Active filters">
            {chips.map((chip) => (
              <li key={`${chip.key}:${chip.value}`}>
                {chip.label}{' '}
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove filter ${chip.label}`}
                  onClick={() => update((prev) => removeFilterValue(prev, chip.key, chip.value))}
                >
                  ×
                </button>
              </li>
            ))}
            <li>
              <button type="button" onClick={() => update((prev) => clearFilters(prev))}>
                Clear all
              </button>
            </li>
          </ul>
        )}
      </div>
      {(unknownActors.length > 0 || unknownTopics.length > 0) && (
        <p className="notice" role="alert">
          Not in this data, so ignored:{' '}
          {[...unknownActors, ...unknownTopics].map((id) => `“${id}”`).join(', ')}.{' '}
          <button
            type="button"
            onClick={() =>
              update((prev) => ({
                ...prev,
                actors: prev.actors?.filter((id) => lookup.actorsById.has(id)),
                topics: prev.topics?.filter((id) => lookup.topicsById.has(id)),
              }))
            }
          >
            Remove from the link
          </button>
        </p>
      )}
      {matching.length === 0 && hasActiveFilters(filters) && (
        <div className="notice empty-result" role="alert">
          <p>No events match these filters.</p>
          {hint ? (
            <button
              type="button"
              onClick={() =>
                update((prev) => {
                  const next = { ...prev };
                  delete next[hint.key];
                  return next;
                })
              }
            >
              Clear the {FILTER_NAMES[hint.key]} filter ({hint.count} {hint.count === 1 ? 'event' : 'events'})
            </button>
          ) : (
            <button type="button" onClick={() => update((prev) => clearFilters(prev))}>
              Clear all filters
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function GroupingSelect() {
  const navigate = useNavigate();
  const { group } = rootRouteApi.useSearch();
  return (
    <label className="filter-field">
      <span>Rows</span>
      <select
        value={group ?? 'none'}
        onChange={(e) =>
          void navigate({
            to: '.',
            search: (prev) => ({
              ...prev,
              group: e.target.value === 'none' ? undefined : (e.target.value as StorySearch['group']),
            }),
          })
        }
      >
        <option value="none">one row</option>
        <option value="actor">one per actor</option>
        <option value="topic">one per topic</option>
        <option value="kind">one per kind</option>
      </select>
    </label>
  );
}

/** The other half of keeping dates and window in step: the visible window becomes the date filter. */
function VisibleDatesButton() {
  const navigate = useNavigate();
  const { start, end, from, to } = rootRouteApi.useSearch();
  if (!start || !end || (from === start && to === end)) return null;
  return (
    <button
      type="button"
      onClick={() => void navigate({ to: '.', search: (prev) => ({ ...prev, from: start, to: end }) })}
    >
      Filter to visible dates
    </button>
  );
}
