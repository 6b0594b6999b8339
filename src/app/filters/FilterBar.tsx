import { useNavigate } from '@tanstack/react-router';
import { EVENT_KINDS, STANCES, type StoryEvent } from '../../model/core';
import { emptyResultHint, hasActiveFilters, storyFacetCounts } from '../data/eventFilters';
import { useStory } from '../data/storyIndex';
import { PROVENANCE_EXPLAINED, eventKindLabel, provenanceLabel, stanceBadge } from '../format/labels';
import { ExportMenu } from '../ui/ExportMenu';
import { useViewParams } from '../view/useView';
import {
  clearFilter,
  clearFilters,
  filterToWindow,
  groupBy,
  keepKnownIds,
  removeFilterValue,
  setDateFilter,
  setListFilter,
  setProvenance,
} from '../view/viewAddress';
import type { EventFilters, FilterKey, Grouping, ListFilterKey, ViewParams } from '../view/viewParams';
import { FacetPicker, type FacetOption } from './FacetPicker';
import { activeFilterChips } from './filterChips';

const FILTER_NAMES: Record<FilterKey, string> = {
  actors: 'actor',
  topics: 'topic',
  stances: 'stance',
  kinds: 'kind',
  publishers: 'source',
  provenance: '“checked”',
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
 * Filters by actor, topic, stance, source, kind, who checked an event, and dates; the
 * active ones as removable chips; how many events match. All of it lives in the URL.
 */
export function FilterBar({ filters, matching }: { filters: EventFilters; matching: readonly StoryEvent[] }) {
  const { index, lookup, filterContext } = useStory();
  const navigate = useNavigate();
  // Counted when a picker opens, not for every view: most views are read, not filtered.
  const counts = () => storyFacetCounts(filters, filterContext);
  const chips = activeFilterChips(filters, lookup);
  // `filters` already leaves out ids the data lacks; the URL still has them, so name them.
  const inUrl = useViewParams();
  const unknownActors = (inUrl.actors ?? []).filter((id) => !lookup.actorsById.has(id));
  const unknownTopics = (inUrl.topics ?? []).filter((id) => !lookup.topicsById.has(id));
  const hint = matching.length === 0 ? emptyResultHint(index.events, filters, filterContext) : null;

  const update = (change: (current: ViewParams) => ViewParams, replace = false) =>
    void navigate({ to: './', search: change, replace });
  const setList = (key: ListFilterKey) => (next: string[]) =>
    update((current) => setListFilter(current, key, next as never));
  // A date field reports every typed segment, so its changes replace the history entry.
  const setDate = (end: 'from' | 'to') => (value: string) =>
    update((current) => setDateFilter(current, end, value), true);

  return (
    <div className="filter-bar" role="group" aria-label="Filters">
      <div className="filter-controls">
        <FacetPicker
          title="Actors"
          searchable
          options={() => options(counts().actors, (id) => lookup.actorsById.get(id)?.name ?? id)}
          selected={filters.actors ?? []}
          onChange={setList('actors')}
        />
        <FacetPicker
          title="Topics"
          options={() => options(counts().topics, (id) => lookup.topicsById.get(id)?.name ?? id)}
          selected={filters.topics ?? []}
          onChange={setList('topics')}
        />
        <FacetPicker
          title="Stances"
          options={() => options(counts().stances, (s) => stanceBadge(s as never), STANCES)}
          selected={filters.stances ?? []}
          onChange={setList('stances')}
        />
        <FacetPicker
          title="Kinds"
          options={() => options(counts().kinds, (k) => eventKindLabel(k as never), EVENT_KINDS)}
          selected={filters.kinds ?? []}
          onChange={setList('kinds')}
        />
        <FacetPicker
          title="Sources"
          options={() => options(counts().publishers, (p) => p)}
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
        <label className="filter-field" title={PROVENANCE_EXPLAINED}>
          <span>Checked</span>
          <select
            aria-describedby="provenance-explained"
            value={filters.provenance ?? ''}
            onChange={(e) =>
              update((current) =>
                setProvenance(current, (e.target.value || undefined) as ViewParams['provenance']),
              )
            }
          >
            <option value="">all events</option>
            <option value="curated">{provenanceLabel('curated')} only</option>
            <option value="extracted">{provenanceLabel('extracted')} only</option>
          </select>
          <span id="provenance-explained" className="visually-hidden">
            {PROVENANCE_EXPLAINED}
          </span>
        </label>
        <VisibleDatesButton />
        <GroupingSelect />
        <ExportMenu events={matching} filters={filters} />
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
                  onClick={() => update((current) => removeFilterValue(current, chip.key, chip.value))}
                >
                  ×
                </button>
              </li>
            ))}
            <li>
              <button type="button" onClick={() => update(clearFilters)}>
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
              update((current) =>
                keepKnownIds(
                  keepKnownIds(current, 'actors', (id) => lookup.actorsById.has(id)),
                  'topics',
                  (id) => lookup.topicsById.has(id),
                ),
              )
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
            <button type="button" onClick={() => update((current) => clearFilter(current, hint.key))}>
              Clear the {FILTER_NAMES[hint.key]} filter ({hint.count} {hint.count === 1 ? 'event' : 'events'})
            </button>
          ) : (
            <button type="button" onClick={() => update(clearFilters)}>
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
  const { group } = useViewParams();
  return (
    <label className="filter-field">
      <span>Rows</span>
      <select
        value={group ?? 'none'}
        onChange={(e) =>
          void navigate({ to: './', search: (current) => groupBy(current, e.target.value as Grouping) })
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
  const { start, end, from, to } = useViewParams();
  if (!start || !end || (from === start && to === end)) return null;
  return (
    <button type="button" onClick={() => void navigate({ to: './', search: filterToWindow })}>
      Filter to visible dates
    </button>
  );
}
