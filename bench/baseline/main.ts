/**
 * Benchmark baseline (issue #7): what "just hand vis-timeline everything"
 * costs. Loads `data/index.json` relative to the page, makes one item per
 * event and actor and one group per actor, and gives them ALL to a plain
 * vis-timeline with default options. No windowing, no density counts, no
 * schema parsing: the app is measured against this.
 *
 * `performance.mark`s: `baseline:fetched`, `baseline:parsed`,
 * `baseline:items-built`, `baseline:timeline-created`, `baseline:first-item`
 * (first `.vis-item` in the DOM). `window.__baseline` lets bench/interactions.ts
 * drive the page (filter to a subset, zoom, pan).
 */
import { DataSet } from 'vis-data/peer';
import { Timeline, type DataGroup, type DataItem } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';

interface IndexJson {
  actors: { id: string; name: string }[];
  events: { id: string; date: string; endDate?: string; title: string; actorIds: string[] }[];
}

declare global {
  interface Window {
    __baseline?: {
      timeline: Timeline;
      itemCount: number;
      /** Replaces the items with every tenth one (a "filter"). */
      filterSubset(): void;
      /** Puts all items back. */
      filterAll(): void;
      error?: string;
    };
  }
}

const mark = (name: string) => performance.mark(`baseline:${name}`);

async function main() {
  const container = document.getElementById('timeline');
  if (!container) throw new Error('no #timeline');
  const observer = new MutationObserver(() => {
    if (container.querySelector('.vis-item')) {
      mark('first-item');
      observer.disconnect();
    }
  });
  observer.observe(container, { childList: true, subtree: true });

  const response = await fetch('data/index.json');
  const text = await response.text();
  mark('fetched');
  const index = JSON.parse(text) as IndexJson;
  mark('parsed');

  const all: DataItem[] = [];
  for (const event of index.events) {
    const actorIds = event.actorIds.length ? event.actorIds : ['_none'];
    for (const actorId of actorIds) {
      all.push({
        id: `${event.id}@${actorId}`,
        content: event.title,
        start: event.date,
        ...(event.endDate && event.endDate !== event.date ? { end: event.endDate } : {}),
        group: actorId,
      });
    }
  }
  const used = new Set(all.map((item) => item.group));
  const groups: DataGroup[] = index.actors
    .filter((actor) => used.has(actor.id))
    .map((actor) => ({ id: actor.id, content: actor.name }));
  if (used.has('_none')) groups.push({ id: '_none', content: 'No actor' });
  mark('items-built');

  const items = new DataSet<DataItem>(all);
  const timeline = new Timeline(container, items, new DataSet<DataGroup>(groups), {});
  mark('timeline-created');

  window.__baseline = {
    timeline,
    itemCount: all.length,
    filterSubset() {
      timeline.setItems(new DataSet<DataItem>(all.filter((_, i) => i % 10 === 0)));
    },
    filterAll() {
      timeline.setItems(new DataSet<DataItem>(all));
    },
  };
}

main().catch((error: unknown) => {
  document.body.textContent = `Baseline failed: ${String(error)}`;
  window.__baseline = { error: String(error) } as Window['__baseline'];
});
