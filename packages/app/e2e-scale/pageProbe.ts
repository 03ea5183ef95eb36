/*
 * What the scale test reads from inside the page: long main-thread tasks
 * (PerformanceObserver 'longtask'), the time of the last click, and how many
 * rows each of the Readiness page's tables renders. Times are
 * performance.now() milliseconds of the current document.
 */
import type { Page } from '@playwright/test';

export interface LongTask {
  start: number;
  duration: number;
}

export interface RenderedRows {
  groupRows: number;
  heatmapRows: number;
  drilldownRows: number;
  allTableRows: number;
  domElements: number;
}

declare global {
  interface Window {
    scaleProbe?: { longTasks: LongTask[]; lastClick: number };
  }
}

/** Installed before any script of each document runs. */
export async function installProbe(page: Page) {
  await page.addInitScript(() => {
    const probe = { longTasks: [] as LongTask[], lastClick: 0 };
    window.scaleProbe = probe;
    new PerformanceObserver(list => {
      for (const entry of list.getEntries()) {
        probe.longTasks.push({
          start: entry.startTime,
          duration: entry.duration,
        });
      }
    }).observe({ type: 'longtask', buffered: true });
    window.addEventListener(
      'pointerdown',
      event => {
        probe.lastClick = event.timeStamp;
      },
      true,
    );
  });
}

export async function lastClickAt(page: Page): Promise<number> {
  return page.evaluate(() => window.scaleProbe?.lastClick ?? 0);
}

/** Long tasks that started at or after `since` (performance.now() ms). */
export async function longTasksSince(
  page: Page,
  since: number,
): Promise<LongTask[]> {
  return page.evaluate(
    from => (window.scaleProbe?.longTasks ?? []).filter(t => t.start >= from),
    since,
  );
}

export async function renderedRows(page: Page): Promise<RenderedRows> {
  return page.evaluate(() => {
    const count = (selector: string) =>
      document.querySelectorAll(selector).length;
    return {
      groupRows: count(
        '[data-testid^="readiness-rollup-row-"]:not([data-testid="readiness-rollup-row-total"])',
      ),
      heatmapRows: count('[data-testid="readiness-heatmap"] tbody tr'),
      drilldownRows: count('[data-testid="readiness-drilldown"] tbody tr'),
      allTableRows: count('tr'),
      domElements: count('*'),
    };
  });
}
