import {
  compileTarget,
  isInScope,
  problemsOfInitiativeTarget,
  progressAgainst,
} from '@readiness-scorecards/plugin-readiness-common';
import type {
  CheckResult,
  Scorecard,
} from '@readiness-scorecards/plugin-readiness-common';
import { CatalogApiClient } from '../catalog/CatalogApiClient';
import { ReadinessApiClient } from '../catalog/ReadinessApiClient';
import { scoreEntity } from '../engine/assess';
import { EXIT_GAPS, EXIT_OK, UsageError } from '../errors';
import { useColor } from '../formats/colors';
import { initiativeJson } from '../initiative/initiativeJson';
import type {
  InitiativeFormatter,
  InitiativeReport,
} from '../initiative/InitiativeReport';
import { initiativeRowOf, systemRefOf } from '../initiative/initiativeRow';
import { initiativeText } from '../initiative/initiativeText';
import { scopeLookups } from '../initiative/scopeLookups';
import type { CliIo } from '../io/CliIo';
import { readEntities } from '../io/readEntities';
import type { SourceEntity } from '../io/readEntities';
import { loadRubricFile } from '../rubric/loadRubricFile';
import { DEFAULT_FILE, parseNow } from './lint';
import type { LintOptions } from './lint';

const INITIATIVE_FORMATS: Record<string, InitiativeFormatter> = {
  text: initiativeText,
  json: initiativeJson,
};

/**
 * `readiness lint --initiative <id>`: the initiative from the readiness
 * backend, and for each entity of the files in its scope the target checks
 * it still fails, judged with the same scope and target functions as the
 * backend. Exit 0 when every one in scope is done, 1 when work remains.
 */
export async function lintInitiativeCommand(
  files: string[],
  options: LintOptions & { initiative: string },
  io: CliIo,
): Promise<number> {
  const format = options.format ?? 'text';
  const formatter = INITIATIVE_FORMATS[format];
  if (!formatter) {
    throw new UsageError(
      `--format: ${format} is not available with --initiative; use ${Object.keys(
        INITIATIVE_FORMATS,
      ).join(' or ')}`,
    );
  }
  if (!options.backstageUrl) {
    throw new UsageError(
      '--initiative needs --backstage-url: the initiative is read from the readiness backend',
    );
  }
  if (options.targetTier) {
    throw new UsageError(
      '--target-tier does not go with --initiative: the initiative sets the target',
    );
  }
  const now = parseNow(options.now);
  const compiled = await loadRubricFile(options.rubric, io.cwd);
  const skippedFiles: string[] = [];
  const sources = await readEntities(
    files.length > 0 ? files : [DEFAULT_FILE],
    io.cwd,
    skippedFiles,
  );
  if (sources.length === 0) {
    throw new UsageError(`No catalog entities found in ${files.join(', ')}`);
  }
  const token = io.env.READINESS_BACKSTAGE_TOKEN ?? io.env.BACKSTAGE_TOKEN;
  const { initiative, progress } = await new ReadinessApiClient(
    options.backstageUrl,
    token,
    io.fetch,
  ).getInitiative(options.initiative);
  const problems = problemsOfInitiativeTarget(initiative.target, compiled);
  if (problems.length > 0) {
    throw new UsageError(
      `initiative ${initiative.id}: its target does not fit the rubric the CLI scores with (${problems.join(
        '; ',
      )}); pass --rubric with the portal's app-config`,
    );
  }
  const catalog = new CatalogApiClient(options.backstageUrl, token, io.fetch);
  const scoreOptions = { now, trustWaiversOffline: options.trustWaivers };

  const report: InitiativeReport = {
    initiative,
    progress,
    assessments: [],
    outOfScope: [],
    skipped: [],
    skippedFiles,
  };
  const scored: Array<{ source: SourceEntity; scorecard: Scorecard }> = [];
  for (const source of sources) {
    // Offline first: out-of-scope kinds need no catalog call.
    if (scoreEntity(compiled, source.entity, undefined, scoreOptions).inScope === false) {
      report.skipped.push(source);
      continue;
    }
    const related = await catalog.loadRelated(source.entity);
    scored.push({
      source,
      scorecard: scoreEntity(compiled, source.entity, related, scoreOptions),
    });
  }
  const lookups = await scopeLookups(
    catalog,
    scored.map(s => s.source.entity),
    initiative.scope,
  );
  const target = compileTarget(initiative.target, compiled);
  const tiers = compiled.tiers.map(t => t.id);
  for (const { source, scorecard } of scored) {
    const row = initiativeRowOf(
      source.entity,
      scorecard,
      lookups.domainOf(systemRefOf(source.entity)),
    );
    if (!isInScope(row, initiative.scope, lookups.ownerWithin)) {
      report.outOfScope.push({ source, scorecard });
      continue;
    }
    const { done, remainingChecks } = progressAgainst(row, target, tiers);
    const byId = new Map(scorecard.checks.map(c => [c.checkId, c]));
    report.assessments.push({
      source,
      scorecard,
      done,
      remaining: remainingChecks
        .map(id => byId.get(id))
        .filter((c): c is CheckResult => !!c),
    });
  }
  // Work remaining first, as the portal lists an initiative's entities.
  report.assessments.sort(
    (a, b) =>
      Number(a.done) - Number(b.done) ||
      b.remaining.length - a.remaining.length,
  );
  io.stdout.write(
    formatter(report, { color: useColor(io.stdout.isTTY, io.env) }),
  );
  return report.assessments.every(a => a.done) ? EXIT_OK : EXIT_GAPS;
}
