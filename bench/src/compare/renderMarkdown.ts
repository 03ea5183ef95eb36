import type { CheckAgreement } from './agreement';

interface Memory {
  peakRssMiB: number;
  peakHeapMiB: number;
}

/** The fields of a compare result the report shows. */
export interface CompareReport {
  date: string;
  command: string;
  machine: {
    atStart: { cpus: number; cpuModel?: string; memoryGiB: number; node: string; loadAverage: { load1: number; load5: number; load15: number } };
    atEnd: { loadAverage: { load1: number; load5: number; load15: number } };
  };
  versions: Record<string, string>;
  catalog: { scored: number; components: number; org: number; ingestSeconds: number; changedPerDay: number; files: number };
  techInsightsSetup: { lifecycle: { maxItems: number }; checks: number; exact: number; approximate: number };
  scoring: {
    ours: { seconds: number } & Memory;
    theirs: {
      seconds: number;
      factRetrievalSeconds: number;
      bulkCheckRunSeconds: number;
      retrievalMemory: Memory;
      checkRunMemory: Memory;
    };
    ratio: number;
  };
  organisationView: {
    /** As the restricted user gets it; `unrestricted`: a caller the policy lets read everything. */
    ours: { coldSeconds: number; warmMedianSeconds: number; unrestricted: { coldSeconds: number; warmMedianSeconds: number } } & Memory;
    theirs: { seconds: number; responseBytes: number; entities: number; checkResults: number; errors: number };
    ratio: number;
    warmRatio: number;
    unrestrictedRatio: number;
    restrictedUser: { userEntityRef: string; hiddenShare: number };
  };
  storage: {
    afterDays: number;
    ours: {
      bytes: number;
      stateBytes: number;
      stateRows: number;
      /** State rows whose history column holds superseded results. */
      rowsWithHistory: number;
      /** Superseded results: entries of the history columns. */
      historyEntries: number;
      /** Bytes of the history columns (pg_column_size), part of stateBytes. */
      historyBytes: number;
      averageColumnBytes: Record<string, number>;
    };
    theirs: { bytes: number; factRows: number; averageColumnBytes: Record<string, number>; withoutLifecycleBytesEstimate: number };
    ratio: number;
  };
  peakMemory: { oursMiB: number; theirsMiB: number; oursHeapMiB: number; theirsHeapMiB: number };
  goals: { scoringAtLeast20x: boolean; organisationViewAtLeast100x: boolean; storageAtLeast50x: boolean };
  agreement: { entitiesCompared: number; checks: CheckAgreement[] };
  cpuHotspots?: Record<string, unknown>;
  day0Rounds: {
    rounds: number;
    oursScoringSeconds: number[];
    oursRollupColdSeconds: number[];
    theirsFactRetrievalSeconds: number[];
    theirsBulkCheckRunSeconds: number[];
  };
  days: { day: number; changed: number; oursSeconds: number; theirsSeconds: number; ours: number; theirs: number }[];
}

const seconds = (s: number) => (s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const ratio = (r: number) => `${r.toFixed(1)}x`;
const met = (ok: boolean) => (ok ? 'met' : 'missed');
const load = (l: { load1: number; load5: number; load15: number }) =>
  `${l.load1.toFixed(2)} / ${l.load5.toFixed(2)} / ${l.load15.toFixed(2)}`;

/** The compare result as a markdown report. */
export function renderCompareMarkdown(r: CompareReport): string {
  const m = r.machine.atStart;
  const lines = [
    `# Readiness vs Tech Insights, ${r.catalog.scored.toLocaleString('en-US')} entities`,
    '',
    `Command: \`${r.command}\` (${r.date})`,
    '',
    `Machine: ${m.cpus} x ${m.cpuModel ?? 'CPU'}, ${m.memoryGiB} GiB, Node ${m.node}; load average (1/5/15 min) ${load(m.loadAverage)} at the start, ${load(r.machine.atEnd.loadAverage)} at the end (the machine is shared).`,
    '',
    `Catalog: ${r.catalog.scored} components, resources and APIs (${r.catalog.components} components, the kind both rubrics score) and ${r.catalog.org} org entities in ${r.catalog.files} files, ingested in ${r.catalog.ingestSeconds.toFixed(0)} s; ${r.catalog.changedPerDay} entities change per simulated day.`,
    '',
    `Versions: ${Object.entries(r.versions).map(([name, v]) => `${name} ${v}`).join(', ')}.`,
    '',
    '| Measure | Readiness (ours) | Tech Insights | Ratio | Goal |',
    '| --- | --- | --- | --- | --- |',
    `| Score the whole catalog | ${seconds(r.scoring.ours.seconds)} (recompute) | ${seconds(r.scoring.theirs.seconds)} (fact retrieval ${seconds(r.scoring.theirs.factRetrievalSeconds)} + bulk check run ${seconds(r.scoring.theirs.bulkCheckRunSeconds)}) | ${ratio(r.scoring.ratio)} | >= 20x: ${met(r.goals.scoringAtLeast20x)} |`,
    `| Organisation-wide view | ${seconds(r.organisationView.ours.coldSeconds)} (rollup by owner for a signed-in user from whom the permission policy hides ${(r.organisationView.restrictedUser.hiddenShare * 100).toFixed(0)}% of the entities, first call after the recompute; ${seconds(r.organisationView.ours.warmMedianSeconds)} warm) | ${seconds(r.organisationView.theirs.seconds)} (bulk check run, ${r.organisationView.theirs.entities} entities, ${mib(r.organisationView.theirs.responseBytes)} answer) | ${ratio(r.organisationView.ratio)} (${ratio(r.organisationView.warmRatio)} warm) | >= 100x: ${met(r.goals.organisationViewAtLeast100x)} |`,
    `| Organisation-wide view, cached (a caller the policy lets read everything) | ${seconds(r.organisationView.ours.unrestricted.coldSeconds)} (first call; ${seconds(r.organisationView.ours.unrestricted.warmMedianSeconds)} warm) | as above | ${ratio(r.organisationView.unrestrictedRatio)} | |`,
    `| Database after ${r.storage.afterDays} daily runs | ${mib(r.storage.ours.bytes)} | ${mib(r.storage.theirs.bytes)} (lifecycle maxItems ${r.techInsightsSetup.lifecycle.maxItems}) | ${ratio(r.storage.ratio)} | >= 50x: ${met(r.goals.storageAtLeast50x)} |`,
    `| Peak memory (V8 heap / process RSS) | ${r.peakMemory.oursHeapMiB.toFixed(0)} / ${r.peakMemory.oursMiB.toFixed(0)} MiB | ${r.peakMemory.theirsHeapMiB.toFixed(0)} / ${r.peakMemory.theirsMiB.toFixed(0)} MiB | ${ratio(r.peakMemory.theirsHeapMiB / r.peakMemory.oursHeapMiB)} (heap), ${ratio(r.peakMemory.theirsMiB / r.peakMemory.oursMiB)} (RSS) | |`,
    '',
    `Day-0 measures are the fastest of ${r.day0Rounds.rounds} rounds (stores emptied in between; the machine is shared). All rounds: our recompute ${r.day0Rounds.oursScoringSeconds.map(seconds).join(', ')}; our rollup ${r.day0Rounds.oursRollupColdSeconds.map(seconds).join(', ')}; their fact retrieval ${r.day0Rounds.theirsFactRetrievalSeconds.map(seconds).join(', ')}; their bulk check run ${r.day0Rounds.theirsBulkCheckRunSeconds.map(seconds).join(', ')}.`,
    '',
    'Timings of scheduled runs are from the scheduler table (start of the run to its end), so the few seconds the scheduler takes to pick up a trigger are left out on both sides. Both sides run in one backend process with the catalog; memory is the peak during each side\'s phases of the first round (after a forced GC); the heap is the backend\'s JavaScript heap, RSS the whole backend process, which includes the catalog and the idle other plugin. The bulk check run is called, and its answer parsed, from a child process, so that neither counts in the backend\'s CPU or memory.',
    '',
    '## Storage',
    '',
    `Ours: ${mib(r.storage.ours.stateBytes)} in readiness_entity_state (${r.storage.ours.stateRows} rows; average bytes per row ${r.storage.ours.averageColumnBytes.row}, of which the check statuses ${r.storage.ours.averageColumnBytes.checks}), plus the check layouts. The history is in the rows: ${r.storage.ours.historyEntries} superseded results in the history column of ${r.storage.ours.rowsWithHistory} rows, ${mib(r.storage.ours.historyBytes)} in all (${r.storage.ours.historyEntries ? Math.round(r.storage.ours.historyBytes / r.storage.ours.historyEntries) : 0} bytes per result; an entry is appended only when a result is replaced).`,
    '',
    `Tech Insights: ${r.storage.theirs.factRows} fact rows (average ${r.storage.theirs.averageColumnBytes.row} bytes per row, of which the facts JSON ${r.storage.theirs.averageColumnBytes.facts}) with the lifecycle maxItems ${r.techInsightsSetup.lifecycle.maxItems} (their README's "two weeks" at a daily cadence). Without a lifecycle (their default) the facts table would keep every retrieval: about ${mib(r.storage.theirs.withoutLifecycleBytesEstimate)} (${ratio(r.storage.theirs.withoutLifecycleBytesEstimate / r.storage.ours.bytes)} ours), estimated from the measured bytes per row.`,
    '',
    '| Day | Changed | Ours: run | Ours: bytes | Tech Insights: fact retrieval | Tech Insights: bytes |',
    '| --- | --- | --- | --- | --- | --- |',
    ...r.days
      .filter(d => [1, 7, 14, 15, 21, r.storage.afterDays].includes(d.day))
      .filter((d, i, all) => all.findIndex(o => o.day === d.day) === i)
      .map(d => `| ${d.day} | ${d.changed} | ${seconds(d.oursSeconds)} | ${mib(d.ours)} | ${seconds(d.theirsSeconds)} | ${mib(d.theirs)} |`),
    '',
    'On days 1 and later both sides run at the same time (the timings above are from day 0, each side alone). After each day both sides\' tables are vacuumed (plain VACUUM, as autovacuum would within a real day), so space freed by updates and deletions is reused; bytes are measured after it.',
    '',
    `## Check mapping (${r.techInsightsSetup.checks} checks: ${r.techInsightsSetup.exact} exact, ${r.techInsightsSetup.approximate} approximate)`,
    '',
    `Failing entities per check on day 0, over the ${r.agreement.entitiesCompared} components both sides scored. No check honours waivers in Tech Insights, and jsonfc has no tiers, weights, scores or "not applicable".`,
    '',
    '| Check | jsonfc | Failing (ours) | Failing (Tech Insights) | Same verdict | Note |',
    '| --- | --- | --- | --- | --- | --- |',
    ...r.agreement.checks.map(
      c => `| ${c.id} | ${c.expressible} | ${c.oursFailing} | ${c.techInsightsFailing} | ${(c.agreement * 100).toFixed(1)}% | ${c.note ?? ''} |`,
    ),
    '',
    ...(r.cpuHotspots ? hotspotLines(r.cpuHotspots) : []),
  ];
  return lines.join('\n');
}

function hotspotLines(hotspots: Record<string, unknown>): string[] {
  return [
    '## CPU profile of the day-0 phases (self time)',
    '',
    ...Object.entries(hotspots).flatMap(([phase, list]) => [
      `### ${phase}`,
      '',
      '| Self % | Function | Location |',
      '| --- | --- | --- |',
      ...(list as { function: string; location: string; selfPercent: number }[]).map(
        h => `| ${h.selfPercent} | ${h.function} | ${h.location} |`,
      ),
      '',
    ]),
  ];
}
