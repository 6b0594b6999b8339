import { Fragment } from 'react';
import type { StoryEvent } from '../../model/core';
import { formatDay, formatStoryDate } from '../format/dates';
import { stanceLabel, stanceSymbol } from '../format/labels';
import { ActorLink, PositionLink } from '../ui/StoryLinks';
import { useInBrowser } from '../ui/useInBrowser';
import { axisFraction, bandGeometry, monthStarts, type ChartSpan, type StanceBandRow } from './stanceBands';

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

const MONTH_LABEL = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * Stances over time for one topic: one row per actor, each stance a band from its date until the
 * next, in the stance's colour with its symbol and word (never colour alone), each change marked
 * ↻, an inexact date's uncertainty hatched, the story's events as ticks on the same axis. Each
 * band opens its position. The table after it holds the same data for screen readers.
 */
export function StanceChart({
  rows,
  span,
  events,
  label,
}: {
  rows: readonly StanceBandRow[];
  span: ChartSpan;
  events: readonly StoryEvent[];
  label: string;
}) {
  const inBrowser = useInBrowser();
  // Without JavaScript the table after the chart holds the same data.
  if (!inBrowser) return null;
  const months = monthStarts(span);
  const eventDays = new Map<string, string[]>();
  for (const event of events) {
    const titles = eventDays.get(event.date);
    if (titles) titles.push(event.title);
    else eventDays.set(event.date, [event.title]);
  }
  return (
    <div className="stance-chart-scroll" role="region" tabIndex={0} aria-label={label}>
      <div className="stance-chart">
        <div className="chart-label" aria-hidden="true" />
        <div className="chart-axis" aria-hidden="true">
          {months.map((month) => (
            <span key={month} className="chart-month" style={{ left: percent(axisFraction(span, month)) }}>
              {MONTH_LABEL.format(new Date(`${month}T00:00:00Z`))}
            </span>
          ))}
        </div>
        <div className="chart-label chart-events-label" aria-hidden="true">
          Events
        </div>
        <div className="chart-events" aria-hidden="true">
          {[...eventDays].map(([day, titles]) => (
            <span
              key={day}
              className="chart-event"
              style={{ left: percent(axisFraction(span, day)) }}
              title={`${formatDay(day)}: ${titles.join('; ')}`}
            />
          ))}
        </div>
        {rows.map((row) => (
          <Fragment key={row.actor.id}>
            <div className="chart-label">
              <ActorLink id={row.actor.id}>{row.actor.name}</ActorLink>
            </div>
            <div className="chart-track">
              {months.map((month) => (
                <span
                  key={month}
                  className="chart-gridline"
                  style={{ left: percent(axisFraction(span, month)) }}
                />
              ))}
              {row.bands.map((band) => {
                const until = band.followed ? `until ${formatDay(band.end)}` : 'to the latest news';
                const at = bandGeometry(span, band);
                return (
                  <PositionLink
                    key={band.position.id}
                    id={band.position.id}
                    className={`stance-band stance-${band.stance}${band.changed ? ' is-change' : ''}`}
                    style={{ left: percent(at.left), width: percent(at.width) }}
                    aria-label={`${row.actor.name}: ${stanceLabel(band.stance)} from ${formatStoryDate(
                      band.position.date,
                      band.position.precision,
                    )} ${until}${band.changed ? ', a change' : ''}`}
                  >
                    {at.uncertain > 0 && (
                      <span className="band-uncertain" style={{ width: percent(at.uncertain) }} />
                    )}
                    <span className="band-text" aria-hidden="true">
                      {band.changed && <span className="band-change">↻ </span>}
                      {stanceSymbol(band.stance)} {stanceLabel(band.stance)}
                    </span>
                  </PositionLink>
                );
              })}
            </div>
          </Fragment>
        ))}
      </div>
    </div>
  );
}
