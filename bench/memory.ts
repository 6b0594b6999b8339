/**
 * Memory: the JS heap after garbage collection, and its growth over 100 filter changes (a leak shows as
 * growth that does not come back).
 */
import type { CDPSession, Page } from '@playwright/test';
import { appFilter, baselineFilter, QUIET_FAST_MS, QUIET_MS, settle, type Interaction } from './interactions';
import type { BenchOptions } from './options';
import type { Site } from './sites';
import { fmtMs } from './stats';

const FILTER_CHANGES = 100;

export interface Growth {
  changes: number;
  heapBefore: number;
  heapAfter: number;
  growth: number;
  msPerChange: number;
  /**
   * The app only: growth over a second 100 changes, from the heap after the first. A leak keeps growing;
   * caches filled and code compiled on the first changes do not.
   */
  growthNext?: number;
  note?: string;
}

export async function heap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Heap before and after 100 filter changes on a loaded page. Not measured when one change already takes
 * over 5 s (`filter`); the baseline stops early once over its time budget.
 */
export async function measureGrowth(
  page: Page,
  cdp: CDPSession,
  site: Site,
  kind: 'app' | 'baseline',
  filter: Interaction,
  options: BenchOptions,
): Promise<Growth> {
  if (filter.settled > 5000) {
    return {
      changes: 0,
      heapBefore: NaN,
      heapAfter: NaN,
      growth: NaN,
      msPerChange: filter.settled,
      note: `not measured: one filter change takes ${fmtMs(filter.settled)}`,
    };
  }
  if (kind === 'baseline') await baselineFilter(page, false, QUIET_MS);
  await settle(page, QUIET_MS);
  const heapBefore = await heap(cdp);
  const started = performance.now();
  let changes = 0;
  for (let i = 0; i < FILTER_CHANGES; i++) {
    if (kind === 'app') {
      const actor = site.topActors[i % Math.max(1, site.topActors.length)] ?? 'none';
      await appFilter(page, actor, QUIET_FAST_MS);
    } else {
      await baselineFilter(page, i % 2 === 0, QUIET_FAST_MS);
      if (performance.now() - started > options.baselineLoopBudgetMs && i % 2 === 1) {
        changes = i + 1;
        break;
      }
    }
    changes = i + 1;
  }
  const elapsed = performance.now() - started;
  await settle(page, QUIET_MS);
  const heapAfter = await heap(cdp);
  let growthNext: number | undefined;
  if (kind === 'app') {
    for (let i = 0; i < FILTER_CHANGES; i++) {
      const actor = site.topActors[i % Math.max(1, site.topActors.length)] ?? 'none';
      await appFilter(page, actor, QUIET_FAST_MS);
    }
    await settle(page, QUIET_MS);
    growthNext = (await heap(cdp)) / heapAfter - 1;
  }
  return {
    ...(growthNext !== undefined ? { growthNext } : {}),
    changes,
    heapBefore,
    heapAfter,
    growth: heapAfter / heapBefore - 1,
    msPerChange: elapsed / changes,
    ...(changes < FILTER_CHANGES
      ? { note: `stopped after ${changes} changes (time budget ${options.baselineLoopBudgetMs / 1000} s)` }
      : {}),
  };
}
