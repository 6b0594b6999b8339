import {
  addDays,
  addMonths,
  daysBetween,
  lastDayCovered,
  monthStart,
  parseIso,
  type Actor,
  type Position,
  type Stance,
} from '../../model/core';

/** One stretch of time during which an actor held one stance, as far as the sources say. */
export interface StanceBand {
  position: Position;
  stance: Stance;
  /** The position's date: the first day the stance is recorded. */
  start: string;
  /**
   * The last day of the period the date is known to (a month-dated position may be from any day
   * of that month): the band's start is uncertain up to here. Equal to `start` for a day date.
   */
  startKnownBy: string;
  /** The day before the next position of this actor on this topic, or the end of the story. */
  end: string;
  /** The stance differs from the one before it. */
  changed: boolean;
  /** Whether a later position follows: the band ends where the next one begins, not at the story's end. */
  followed: boolean;
}

export interface StanceBandRow {
  actor: Actor;
  bands: StanceBand[];
  /** How many times the stance changed. */
  changes: number;
}

/** The span a stance chart draws: every event and position of the story, with a little room. */
export interface ChartSpan {
  start: string;
  end: string;
}

const byDate = (a: Position, b: Position) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

/**
 * A topic's positions as bands, one row per actor: each position holds from its date until the
 * day before the actor's next position on the topic, the last one until the end of `span`.
 * Rows are ordered by how often the actor moved, then by how many positions, then by name.
 */
export function stanceBands(
  positions: readonly Position[],
  topicId: string,
  actors: readonly Actor[],
  span: ChartSpan,
): StanceBandRow[] {
  const actorsById = new Map(actors.map((a) => [a.id, a]));
  const byActor = new Map<string, Position[]>();
  for (const position of positions) {
    if (position.topicId !== topicId || !actorsById.has(position.actorId)) continue;
    const list = byActor.get(position.actorId);
    if (list) list.push(position);
    else byActor.set(position.actorId, [position]);
  }
  const rows: StanceBandRow[] = [];
  for (const [actorId, list] of byActor) {
    list.sort(byDate);
    const bands = list.map((position, i): StanceBand => {
      const next = list[i + 1];
      const end = next ? addDays(next.date, -1) : span.end;
      return {
        position,
        stance: position.stance,
        start: position.date,
        startKnownBy: lastDayCovered(position.date, position.precision),
        end: end < position.date ? position.date : end,
        changed: i > 0 && list[i - 1]!.stance !== position.stance,
        followed: next !== undefined,
      };
    });
    rows.push({ actor: actorsById.get(actorId)!, bands, changes: bands.filter((b) => b.changed).length });
  }
  return rows.sort(
    (a, b) =>
      b.changes - a.changes ||
      b.bands.length - a.bands.length ||
      a.actor.name.localeCompare(b.actor.name) ||
      a.actor.id.localeCompare(b.actor.id),
  );
}

/** The story's span for a shared time axis: first to last date of its events and positions. */
export function chartSpan(dates: readonly string[]): ChartSpan | null {
  if (dates.length === 0) return null;
  let start = dates[0]!;
  let end = dates[0]!;
  for (const date of dates) {
    if (date < start) start = date;
    if (date > end) end = date;
  }
  return { start: addDays(start, -3), end: addDays(end, 3) };
}

/** Where a day sits on the axis, as a fraction from 0 (the span's start) to 1 (its end's last moment). */
export function axisFraction(span: ChartSpan, date: string): number {
  const total = daysBetween(span.start, span.end) + 1;
  return Math.min(1, Math.max(0, daysBetween(span.start, date) / total));
}

/** The first day of each month inside the span, for the axis labels. */
export function monthStarts(span: ChartSpan): string[] {
  const starts: string[] = [];
  let { y, m } = parseIso(span.start);
  for (;;) {
    ({ y, m } = addMonths(y, m, 1));
    const first = monthStart(y, m);
    if (first > span.end) return starts;
    starts.push(first);
  }
}

/** Where a band sits on the axis: left edge and width as fractions of the axis, and how much of
 * the band (as a fraction of its own width) is the uncertain start of an inexact date. */
export interface BandGeometry {
  left: number;
  width: number;
  uncertain: number;
}

/** The smallest width a band is drawn with, so a one-day stance is still a visible, clickable mark. */
const MIN_BAND_WIDTH = 0.006;

export function bandGeometry(
  span: ChartSpan,
  band: Pick<StanceBand, 'start' | 'startKnownBy' | 'end'>,
): BandGeometry {
  const days = daysBetween(span.start, span.end) + 1;
  const left = axisFraction(span, band.start);
  // A band covers its last day in full.
  const right = Math.min(1, axisFraction(span, band.end) + 1 / days);
  const width = Math.max(right - left, MIN_BAND_WIDTH);
  const uncertainRight = Math.min(right, axisFraction(span, band.startKnownBy) + 1 / days);
  const uncertain = band.startKnownBy > band.start ? Math.min(1, (uncertainRight - left) / width) : 0;
  return { left, width, uncertain };
}
