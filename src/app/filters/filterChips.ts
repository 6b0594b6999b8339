import type { Actor, Topic } from '../../model/core';
import { formatDay } from '../format/dates';
import { eventKindLabel, provenanceLabel, stanceLabel } from '../format/labels';
import type { EventFilters, FilterKey } from '../view/viewParams';

export interface FilterChip {
  key: FilterKey;
  value: string;
  /** Readable text: an actor's name, "stance: opposes", "from 20 February 2025". */
  label: string;
}

export interface ChipLookup {
  actorsById: ReadonlyMap<string, Actor>;
  topicsById: ReadonlyMap<string, Topic>;
}

/** One removable chip per active filter value, in URL order. Unknown ids show as themselves. */
export function activeFilterChips(filters: EventFilters, lookup: ChipLookup): FilterChip[] {
  const chips: FilterChip[] = [];
  const add = (key: FilterKey, value: string, label: string) => chips.push({ key, value, label });
  for (const id of filters.actors ?? []) add('actors', id, lookup.actorsById.get(id)?.name ?? id);
  for (const id of filters.topics ?? []) add('topics', id, lookup.topicsById.get(id)?.name ?? id);
  for (const stance of filters.stances ?? []) add('stances', stance, `stance: ${stanceLabel(stance)}`);
  for (const kind of filters.kinds ?? []) add('kinds', kind, `kind: ${eventKindLabel(kind)}`);
  for (const publisher of filters.publishers ?? []) add('publishers', publisher, `source: ${publisher}`);
  if (filters.provenance)
    add('provenance', filters.provenance, `${provenanceLabel(filters.provenance)} only`);
  if (filters.from) add('from', filters.from, `from ${formatDay(filters.from)}`);
  if (filters.to) add('to', filters.to, `until ${formatDay(filters.to)}`);
  return chips;
}
