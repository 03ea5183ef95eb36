import type { LoadResult } from './latency';

type Caller = 'unrestricted' | 'restricted';

/** One backend of bench:initiatives: its recomputes and, with initiatives, its endpoints. */
export interface PhaseResult {
  initiatives: number;
  recomputeSeconds: number[];
  recomputeMedianSeconds: number;
  /** Milliseconds of each endpoint's first call; the user's after their visible set expired. */
  cold?: Record<Caller, Record<string, number>>;
  warm?: Record<Caller, Record<string, LoadResult>>;
  /** Entities in scope over every initiative, for each caller. */
  inScope?: Record<Caller, number>;
}

export interface InitiativesBenchResult {
  benchmark: 'readiness-initiatives';
  date: string;
  machine: { cpus: number; cpuModel?: string; loadAverage: { load1: number } };
  command: string;
  entities: number;
  clients: number;
  baseline: PhaseResult;
  withInitiatives: PhaseResult;
  /** Median recompute with initiatives over the median without, minus one. */
  recomputeGrowth: number;
  goals: Record<string, boolean>;
}

const LABELS: Record<string, string> = {
  list: 'list of initiatives with progress',
  initiative: 'one initiative with its teams (first page)',
  entities: "an initiative's entities, remaining first (first page)",
  history: "an initiative's burn-up",
  csv: "an initiative's CSV",
  ofEntity: "an entity's initiatives (entity tab)",
};

const ms = (value: number) => `${Math.round(value)} ms`;
const seconds = (values: number[]) => values.map(v => v.toFixed(2)).join(', ');

/** bench/results/initiatives-<entities>.md: the tables of one run. */
export function renderInitiativesMarkdown(result: InitiativesBenchResult): string {
  const { baseline, withInitiatives: w } = result;
  const lines = [
    `# Initiatives at ${result.entities.toLocaleString('en-US')} entities`,
    '',
    `Run ${result.date} on ${result.machine.cpus} CPUs (${result.machine.cpuModel ?? 'unknown CPU'}), load average ${result.machine.loadAverage.load1.toFixed(1)} at the end: \`${result.command}\`.`,
    '',
    '## Recompute',
    '',
    '| | runs (s) | median |',
    '| --- | --- | --- |',
    `| no initiative | ${seconds(baseline.recomputeSeconds)} | ${baseline.recomputeMedianSeconds.toFixed(2)} s |`,
    `| ${w.initiatives} initiatives | ${seconds(w.recomputeSeconds)} | ${w.recomputeMedianSeconds.toFixed(2)} s |`,
    '',
    `Growth of the median: ${(result.recomputeGrowth * 100).toFixed(1)}% (goal: under 10%). The first run writes every result; the others find them unchanged, as a daily run mostly does.`,
    '',
    `## Endpoints, ${result.clients} clients`,
    '',
    '| endpoint | service cold / warm p95 | restricted user cold / warm p95 |',
    '| --- | --- | --- |',
  ];
  for (const [name, label] of Object.entries(LABELS)) {
    const cell = (caller: Caller) =>
      `${ms(w.cold?.[caller][name] ?? NaN)} / ${ms(w.warm?.[caller][name]?.p95 ?? NaN)}`;
    lines.push(`| ${label} | ${cell('unrestricted')} | ${cell('restricted')} |`);
  }
  lines.push(
    '',
    `Entities in scope over all initiatives: ${w.inScope?.unrestricted} for the service, ${w.inScope?.restricted} for the restricted user.`,
    '',
    `Goals: ${Object.entries(result.goals)
      .map(([goal, met]) => `${goal} ${met ? 'met' : 'MISSED'}`)
      .join(', ')}.`,
    '',
  );
  return lines.join('\n');
}
