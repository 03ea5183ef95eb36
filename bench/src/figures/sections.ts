import {
  day,
  goalOf,
  integer,
  loadAverage,
  mib,
  mibOf,
  milliseconds,
  percent,
  ratio,
  seconds,
} from './format';
import type {
  BackendResult,
  CompareReport,
  InitiativesResult,
  PageResult,
  PermissionsOffResult,
  ResultFile,
  SoakResult,
} from './results';

/** Where a figure comes from: the file, its run's date and command, the load. */
function source(name: string, date: string, load: string, command?: string) {
  return `From \`bench/results/${name}.json\`, run on ${day(date)}${
    command ? ` (\`${command}\`)` : ''
  }, load average ${load}.`;
}

function goals(
  goalsOf: Record<string, boolean>,
  labels: Record<string, string>,
) {
  const entries = Object.entries(goalsOf);
  const missed = entries.filter(([, met]) => !met);
  // A goal without a threshold in its key (restrictedAnswersExact) is its label.
  const goal = (key: string) =>
    /(AtLeast|Under)\d+(x|ms|s|Percent)$/.test(key)
      ? `${labels[key] ?? key} ${goalOf(key)}`
      : labels[key] ?? key;
  const list = (items: Array<[string, boolean]>) =>
    items.map(([key]) => goal(key)).join(', ');
  return missed.length === 0
    ? `Every goal is met (${list(entries)}).`
    : `Goals missed: ${list(missed)}.`;
}

export function backendSection(name: string, r: BackendResult): string {
  const s = r.scorecardLoad;
  const u = r.rollupLoad;
  return [
    source(
      name,
      r.date,
      // The result is written, and the load read, when the run ends.
      `${loadAverage(r.machine.loadAverage)} at the end`,
      r.command,
    ),
    `At ${integer(r.entities.scored)} entities (${integer(
      r.entities.stored,
    )} scored): ` +
      `full recompute ${seconds(r.recompute.seconds)}, ` +
      `${integer(r.database.bytesPerEntity)} bytes of database per entity, ` +
      `live scorecard p95 ${milliseconds(s.p95)} with ${
        s.clients
      } clients at ` +
      `${integer(s.requestsPerSecond)} requests a second (${integer(
        s.errors,
      )} errors), ` +
      `rollup p95 ${milliseconds(u.p95)} with ${u.clients} clients at ` +
      `${integer(u.requestsPerSecond)} requests a second (${integer(
        u.errors,
      )} errors).`,
    ...restrictedUserSentence(r),
    goals(r.goals, {
      recomputeUnder60s: 'recompute',
      scorecardP95Under50ms: 'scorecard p95',
      rollupP95Under100ms: 'rollup p95',
      restrictedScorecardP95Under50ms: "restricted user's scorecard p95",
      restrictedRollupP95Under250ms: "restricted user's rollup p95",
      restrictedAnswersExact: "restricted user's answers exact",
    }),
  ].join('\n');
}

/** The figures of the signed-in user a conditional policy restricts, when the run has them. */
function restrictedUserSentence(r: BackendResult): string[] {
  const warm = r.warm?.restricted;
  const cold = r.cold?.restricted;
  if (!warm || !cold || !r.permissions) return [];
  const p95 = (name: string) => milliseconds(warm[name].p95);
  return [
    `For a signed-in user from whom a conditional permission policy hides ` +
      `${integer(100 * r.permissions.hiddenShare)}% of the stored entities ` +
      `(answers ${r.permissions.exactness.exact ? 'exact' : 'NOT exact'}): ` +
      `live scorecard p95 ${p95('scorecard')}, rollup p95 ${p95('rollup')}, ` +
      `rollup history p95 ${p95('rollupHistory')}, list p95 ${p95(
        'scorecardList',
      )}${warm.attention ? `, attention list p95 ${p95('attention')}` : ''}, ` +
      `CSV export p95 ${p95('csvExport')}, with ${r.scorecardLoad.clients} clients; ` +
      `cold (the first call after their visible set expired): rollup by owner ` +
      `${milliseconds(cold.rollupByOwner)}, live scorecard ${milliseconds(
        cold.scorecard,
      )}.`,
  ];
}

/** bench:backend --permissions-off: the figures comparable with runs before the permission work. */
export function permissionsOffSection(
  name: string,
  r: PermissionsOffResult,
): string {
  return [
    source(name, r.date, `${loadAverage(r.machine.loadAverage)} at the end`, r.command),
    `Permissions disabled, the static-token caller alone: full recompute ${seconds(
      r.recompute.seconds,
    )}, live scorecard p95 ${milliseconds(r.scorecardLoad.p95)} at ${integer(
      r.scorecardLoad.requestsPerSecond,
    )} requests a second, rollup p95 ${milliseconds(r.rollupLoad.p95)} at ${integer(
      r.rollupLoad.requestsPerSecond,
    )} requests a second, with ${r.scorecardLoad.clients} clients.`,
  ].join('\n');
}

export function soakSection(name: string, r: SoakResult): string {
  const v = r.verdict;
  const minutes = (r.windows.length * r.windowSeconds) / 60;
  return [
    source(
      name,
      r.date,
      `${loadAverage(r.machine.loadAverage)} at the end`,
      r.command,
    ),
    `${r.clients} clients for ${integer(minutes)} minutes: ` +
      `${v.passed ? 'passed' : 'failed'}, ${integer(v.errors)} errors in ` +
      `${integer(v.requests)} requests; over the second half, scorecard p95 ` +
      `${percent(v.scorecardP95Drift - 1)}, rollup p95 ${percent(
        v.rollupP95Drift - 1,
      )}, heap ${percent(v.heapGrowth)}, RSS ${percent(v.rssGrowth)}.`,
  ].join('\n');
}

export function pageSection(name: string, r: PageResult): string {
  // The first step loads the app bundle by URL; the others run inside the app.
  const [load, ...inApp] = r.steps;
  const slowest = Math.max(...inApp.map(s => s.ms));
  const longestTask = Math.max(...inApp.map(s => s.longestTaskMs));
  const rows = Math.max(
    ...r.steps.map(s => Math.max(s.rows.groupRows, s.rows.drilldownRows)),
  );
  const broken = r.bounds.filter(b => !b.held);
  const bounds =
    broken.length === 0
      ? `all ${r.bounds.length} bounds held`
      : `${broken.length} of ${r.bounds.length} bounds broke: ${broken
          .map(b => b.name)
          .join(', ')}`;
  return [
    source(name, r.date, `${loadAverage(r.machine.loadAverage)} at the end`),
    `With ${integer(r.entities.generated)} generated entities ` +
      `(${integer(r.entities.scored)} scored): the page loads by URL in ` +
      `${milliseconds(load.ms)}, every later step inside the app takes at ` +
      `most ${milliseconds(slowest)} (longest main-thread task ` +
      `${milliseconds(longestTask)}), at most ${rows} rows per table; ` +
      `${bounds}.`,
  ].join('\n');
}

export function compareSection(name: string, r: CompareReport): string {
  const o = r.organisationView;
  const s = r.storage;
  const g = r.goals as unknown as Record<string, boolean>;
  const goalCell = (key: string) =>
    `${ratio(ratioOf(r, key))} (${goalOf(key).replace('>= ', '')}${
      g[key] ? '' : ', missed'
    })`;
  return [
    `${source(
      name,
      r.date,
      `${loadAverage(
        r.machine.atStart.loadAverage,
      )} at the start and ${loadAverage(
        r.machine.atEnd.loadAverage,
      )} at the end`,
      r.command,
    )} ` +
      `${integer(r.catalog.scored)} entities, ${integer(
        r.catalog.components,
      )} of them scored components; ` +
      `Tech Insights with ${r.techInsightsSetup.checks} jsonfc checks, ${r.techInsightsSetup.exact} of them exact.`,
    '',
    '| | Readiness | Tech Insights | ratio (goal) |',
    '| --- | --- | --- | --- |',
    `| score the whole catalog | ${seconds(
      r.scoring.ours.seconds,
    )} (recompute) | ${seconds(
      r.scoring.theirs.seconds,
    )} (fact retrieval ${seconds(
      r.scoring.theirs.factRetrievalSeconds,
    )} + bulk check run ${seconds(
      r.scoring.theirs.bulkCheckRunSeconds,
    )}) | ${goalCell('scoringAtLeast20x')} |`,
    `| organisation-wide view | ${seconds(
      o.ours.coldSeconds,
    )} (rollup by owner, first call, for a signed-in user from whom the permission policy hides ${integer(
      100 * o.restrictedUser.hiddenShare,
    )}% of the entities; ${seconds(
      o.ours.warmMedianSeconds,
    )} warm; cached, for a caller who may read everything: ${seconds(
      o.ours.unrestricted.coldSeconds,
    )} first call, ratio ${ratio(o.unrestrictedRatio)}) | ${seconds(o.theirs.seconds)} (bulk check run, a ${mib(
      o.theirs.responseBytes,
    )} answer) | ${goalCell('organisationViewAtLeast100x')} |`,
    `| database after ${s.afterDays} days, ${integer(
      (100 * r.catalog.changedPerDay) / r.catalog.scored,
    )}% changing daily | ${mib(s.ours.bytes)} | ${mib(
      s.theirs.bytes,
    )} (facts kept ${
      r.techInsightsSetup.lifecycle.maxItems
    } retrievals) | ${goalCell('storageAtLeast50x')} |`,
    `| peak JavaScript heap | ${mibOf(r.peakMemory.oursHeapMiB)} | ${mibOf(
      r.peakMemory.theirsHeapMiB,
    )} | ${ratio(r.peakMemory.theirsHeapMiB / r.peakMemory.oursHeapMiB)} |`,
    '',
    `${
      Object.values(g).every(Boolean)
        ? 'Every goal is met.'
        : 'Not every goal is met.'
    } ` +
      `An entity's history costs ${integer(
        s.ours.historyBytes / Math.max(1, s.ours.historyEntries),
      )} bytes per replaced result (${integer(
        s.ours.historyEntries,
      )} of them). ` +
      `Against Tech Insights' default of keeping every fact retrieval, the storage ratio would be about ${ratio(
        s.theirs.withoutLifecycleBytesEstimate / s.ours.bytes,
      )}.`,
  ].join('\n');
}

/** bench:initiatives: what initiatives cost the recompute, and their endpoints' speed. */
export function initiativesSection(name: string, r: InitiativesResult): string {
  const w = r.withInitiatives;
  const slowest = (caller: 'unrestricted' | 'restricted') => {
    const [endpoint, load] = Object.entries(w.warm[caller]).sort(
      (a, b) => b[1].p95 - a[1].p95,
    )[0];
    return `${milliseconds(load.p95)} (${endpoint})`;
  };
  return [
    source(name, r.date, `${loadAverage(r.machine.loadAverage)} at the end`, r.command),
    `With ${integer(w.initiatives)} initiatives at ${integer(r.entities)} entities, ` +
      `the recompute's median over ${w.recomputeSeconds.length} runs is ` +
      `${seconds(w.recomputeMedianSeconds)}, against ${seconds(
        r.baseline.recomputeMedianSeconds,
      )} without initiatives in the same catalog (${percent(r.recomputeGrowth)}). ` +
      `With ${r.clients} clients on each of the ${
        Object.keys(w.warm.unrestricted).length
      } initiative endpoints, the slowest p95 is ${slowest('unrestricted')} for a ` +
      `caller who may read everything and ${slowest('restricted')} for the user the policy restricts.`,
    goals(r.goals, {
      recomputeGrowthUnder10Percent: 'recompute growth',
      endpointP95Under100ms: 'initiative endpoints p95',
      restrictedSeesLess: 'the restricted user counts fewer entities in scope',
    }),
  ].join('\n');
}

/** The ratio a goal is about, from the same result. */
function ratioOf(r: CompareReport, goalKey: string): number {
  switch (goalKey) {
    case 'scoringAtLeast20x':
      return r.scoring.ratio;
    case 'organisationViewAtLeast100x':
      return r.organisationView.ratio;
    case 'storageAtLeast50x':
      return r.storage.ratio;
    default:
      throw new Error(`no ratio for the goal ${goalKey}`);
  }
}

/** Every section the result files give, by name (the file's base name). */
export function renderSections(
  results: Map<string, ResultFile>,
): Record<string, string> {
  const sections: Record<string, string> = {};
  for (const [name, result] of results) {
    switch (result.benchmark) {
      case 'readiness-backend':
        sections[name] = backendSection(name, result);
        break;
      case 'readiness-backend-permissions-off':
        sections[name] = permissionsOffSection(name, result);
        break;
      case 'readiness-soak':
        sections[name] = soakSection(name, result);
        break;
      case 'readiness-page':
        sections[name] = pageSection(name, result);
        break;
      case 'readiness-initiatives':
        sections[name] = initiativesSection(name, result);
        break;
      case 'readiness-vs-tech-insights':
        sections[name] = compareSection(name, result);
        break;
      default:
        // A result file of another benchmark: the READMEs cite none of it.
        break;
    }
  }
  return sections;
}
