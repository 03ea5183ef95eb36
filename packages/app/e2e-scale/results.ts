/*
 * The scale test's report: bench/results/page-<N>.json and a short markdown
 * next to it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LongTask, RenderedRows } from './pageProbe';

export interface ApiCall {
  path: string;
  status: number;
  ms: number;
  bytes: number;
}

export interface StepResult {
  name: string;
  what: string;
  /** From the click (or navigation start) to the awaited content on screen. */
  ms: number;
  /** Until the whole view has settled (heat map, trend), when measured. */
  settledMs?: number;
  longestTaskMs: number;
  longTasks: number;
  rows: RenderedRows;
  api: ApiCall[];
  /** The machine's 1-minute load average when the step ended. */
  load1: number;
  screenshot: string;
}

export interface Bound {
  name: string;
  limit: string;
  measured: string;
  held: boolean;
}

export interface PageReport {
  benchmark: 'readiness-page';
  date: string;
  command: string;
  entities: { generated: number; scored: number; ownerGroups: number };
  portal: string;
  browser: string;
  machine: ReturnType<typeof describeMachine>;
  /** From starting the portal to every component scored. */
  readySeconds?: number;
  steps: StepResult[];
  csv?: { ms: number; bytes: number; rows: number };
  bounds: Bound[];
  allBoundsHeld: boolean;
}

export function describeMachine() {
  const [load1, load5, load15] = os.loadavg();
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadAverage: {
      load1: round(load1, 2),
      load5: round(load5, 2),
      load15: round(load15, 2),
    },
  };
}

export function round(value: number, digits = 0): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function longest(tasks: LongTask[]): number {
  return round(Math.max(0, ...tasks.map(t => t.duration)));
}

function renderMarkdown(report: PageReport): string {
  const m = report.machine;
  const lines = [
    `# Readiness page with ${report.entities.generated.toLocaleString(
      'en-US',
    )} entities`,
    '',
    `${report.date.slice(0, 10)}, \`${report.command}\`: ${report.portal}, ` +
      `${report.browser}; ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, load average ${m.loadAverage.load1} at the end (the portal, PostgreSQL and Chromium share the machine).`,
    '',
    `${report.entities.scored} scored components in ${report.entities.ownerGroups} owner groups ` +
      `(teams, departments, the organisation)${
        report.readySeconds !== undefined
          ? `; the portal had ingested and scored them ${report.readySeconds} s after it was started`
          : ''
      }.`,
    '',
    'Times run from the click (pointerdown) or the navigation start to the first animation ' +
      'frame showing the awaited content, measured inside the page; "settled" is when the heat ' +
      'map, top gaps and trend (before a second day of records, the first-run summary) are on screen too. Long tasks come from a PerformanceObserver ' +
      '(`longtask`) from the click until 1.5 s after the content. Rows are counted in the DOM. ' +
      'The API column is the slowest backend call of the step (time to the last byte, encoded size). ' +
      'Load is the 1-minute load average when the step ended.',
    '',
    '| step | time to content (ms) | settled (ms) | longest task (ms) | group rows | drill-down rows | all `tr` | slowest API call | load |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
    ...report.steps.map(s => {
      const slowest = [...s.api].sort((a, b) => b.ms - a.ms)[0];
      return `| ${s.what} | ${s.ms} | ${s.settledMs ?? ''} | ${
        s.longestTaskMs
      } | ${s.rows.groupRows} | ${s.rows.drilldownRows} | ${
        s.rows.allTableRows
      } | ${
        slowest
          ? `${slowest.path.split('?')[0]} ${slowest.ms} ms, ${Math.round(
              slowest.bytes / 1024,
            )} KiB`
          : ''
      } | ${s.load1} |`;
    }),
    '',
    ...(report.csv
      ? [
          `CSV of the whole organisation: ${report.csv.rows} rows, ${Math.round(
            report.csv.bytes / 1024,
          )} KiB, saved ${report.csv.ms} ms after the click.`,
          '',
        ]
      : []),
    '| bound | limit | measured | held |',
    '| --- | --- | --- | --- |',
    ...report.bounds.map(
      b =>
        `| ${b.name} | ${b.limit} | ${b.measured} | ${b.held ? 'yes' : 'NO'} |`,
    ),
    '',
    `Every bound held: ${report.allBoundsHeld ? 'yes' : 'no'}. Screenshots: ` +
      `${report.steps.map(s => `e2e-screenshots/${s.screenshot}`).join(', ')}.`,
    '',
  ];
  return lines.join('\n');
}

export function writeReport(dir: string, report: PageReport) {
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `page-${report.entities.generated}`);
  fs.writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(`${base}.md`, renderMarkdown(report));
  return base;
}
