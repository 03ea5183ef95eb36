import type { LoadResult } from './latency';

type Caller = 'unrestricted' | 'restricted';

/** The fields of a bench:backend result the report shows. */
export interface BackendReport {
  date: string;
  command: string;
  machine: { cpus: number; cpuModel?: string; loadAverage: { load1: number; load5: number; load15: number } };
  entities: { scored: number; org: number; stored: number };
  recompute: { seconds: number };
  permissions: {
    restrictedUser: string;
    hiddenStored: number;
    hiddenShare: number;
    exactness: { exact: boolean };
  };
  cold: Record<Caller, Record<string, number>>;
  warm: Record<Caller, Record<string, LoadResult>>;
  goals: Record<string, boolean>;
}

/** Rows of the report: the endpoint, its cold call and its warm load. */
const ROWS: Array<{ label: string; cold: string[]; warm: string }> = [
  { label: 'live scorecard', cold: ['scorecard'], warm: 'scorecard' },
  { label: 'rollup by owner / system / lifecycle', cold: ['rollupByOwner', 'rollupBySystem', 'rollupByLifecycle'], warm: 'rollup' },
  { label: 'rollup history (by owner, 90 days)', cold: ['rollupHistory'], warm: 'rollupHistory' },
  { label: 'list (50 least ready)', cold: ['scorecardList'], warm: 'scorecardList' },
  { label: 'CSV export', cold: ['csvExport'], warm: 'csvExport' },
  { label: 'needs attention (overdue decisions)', cold: ['attention'], warm: 'attention' },
];

const ms = (value: number) => `${value.toFixed(0)} ms`;
const warmCell = (r: LoadResult) =>
  `${ms(r.p50)} / ${ms(r.p95)} (${r.requestsPerSecond.toFixed(0)}/s${r.errors ? `, ${r.errors} errors` : ''})`;

/** The bench:backend result as a markdown report, both callers side by side. */
export function renderBackendMarkdown(r: BackendReport): string {
  const l = r.machine.loadAverage;
  const p = r.permissions;
  return [
    `# Readiness backend, ${r.entities.scored.toLocaleString('en-US')} entities`,
    '',
    `Command: \`${r.command}\` (${r.date}); ${r.machine.cpus} x ${r.machine.cpuModel ?? 'CPU'}, load average ${l.load1.toFixed(2)} / ${l.load5.toFixed(2)} / ${l.load15.toFixed(2)} at the end.`,
    '',
    `Recompute of ${r.entities.stored} entities: ${r.recompute.seconds.toFixed(1)} s. Permission backend on; two callers of the same backend: a service with a static token (the policy allows it everything) and ${p.restrictedUser}, signed in through the guest provider, from whom a conditional policy hides ${p.hiddenStored} stored entities (${(p.hiddenShare * 100).toFixed(1)}%). The user's answers were ${p.exactness.exact ? 'exact' : 'NOT exact'} (rollup count, CSV refs, scorecard 404 for a hidden entity).`,
    '',
    'Cold: the first call of each endpoint after the recompute (the live scorecards first; for the user, each organisation-wide endpoint after their visible set expired, so each includes reading it). Warm: p50 / p95 with the clients of the command on that endpoint alone, after the warm-up of the command (the steady state of a busy caller).',
    '',
    '| endpoint | unrestricted: cold | unrestricted: warm p50 / p95 | restricted user: cold | restricted user: warm p50 / p95 |',
    '| --- | --- | --- | --- | --- |',
    ...ROWS.map(row =>
      [
        row.label,
        row.cold.map(name => ms(r.cold.unrestricted[name])).join(' / '),
        warmCell(r.warm.unrestricted[row.warm]),
        row.cold.map(name => ms(r.cold.restricted[name])).join(' / '),
        warmCell(r.warm.restricted[row.warm]),
      ].join(' | '),
    ).map(line => `| ${line} |`),
    '',
    `Goals: ${Object.entries(r.goals).map(([goal, met]) => `${goal} ${met ? 'met' : 'missed'}`).join('; ')}.`,
    '',
  ].join('\n');
}
