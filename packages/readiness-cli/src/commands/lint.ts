import {
  summarizeFirstRun,
  summaryInputOf,
} from '@readiness-scorecards/plugin-readiness-common';
import type { CompiledRubric } from '@readiness-scorecards/plugin-readiness-common';
import { CatalogApiClient } from '../catalog/CatalogApiClient';
import { assess, scoreEntity } from '../engine/assess';
import { EXIT_GAPS, EXIT_OK, UsageError } from '../errors';
import { FORMATS } from '../formats';
import type { LintReport } from '../formats';
import { useColor } from '../formats/colors';
import type { CliIo } from '../io/CliIo';
import { readEntities } from '../io/readEntities';
import { loadRubricFile } from '../rubric/loadRubricFile';

export interface LintOptions {
  rubric?: string;
  targetTier?: string;
  format?: string;
  backstageUrl?: string;
  /** ISO date or timestamp the evaluation uses instead of the clock (reproducible runs). */
  now?: string;
  allowUnverifiable?: boolean;
  trustWaivers?: boolean;
  /** An initiative's id: run lintInitiativeCommand instead. */
  initiative?: string;
}

export const DEFAULT_FILE = './catalog-info.yaml';

export function parseNow(value: string | undefined): Date {
  if (value === undefined) {
    return new Date();
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new UsageError(`--now: not a date: ${value} (expected YYYY-MM-DD)`);
  }
  return date;
}

function targetTierOf(compiled: CompiledRubric, id: string | undefined) {
  // Default: the top tier; a service repo's CI asks "is it production-ready?".
  const tier = id
    ? compiled.tiers.find(t => t.id === id)
    : compiled.tiers[compiled.tiers.length - 1];
  if (!tier) {
    throw new UsageError(
      `--target-tier: unknown tier ${id}; the rubric's tiers are ${compiled.tiers
        .map(t => t.id)
        .join(', ')}`,
    );
  }
  return tier;
}

/** `readiness lint`: score entities from files, print a report, exit 0 / 1. */
export async function lintCommand(
  files: string[],
  options: LintOptions,
  io: CliIo,
): Promise<number> {
  const format = options.format ?? 'text';
  const formatter = FORMATS[format];
  if (!formatter) {
    throw new UsageError(
      `--format: unknown format ${format}; use one of ${Object.keys(
        FORMATS,
      ).join(', ')}`,
    );
  }
  const now = parseNow(options.now);
  const compiled = await loadRubricFile(options.rubric, io.cwd);
  const target = targetTierOf(compiled, options.targetTier);
  const skippedFiles: string[] = [];
  const sources = await readEntities(
    files.length > 0 ? files : [DEFAULT_FILE],
    io.cwd,
    skippedFiles,
  );
  if (sources.length === 0) {
    throw new UsageError(`No catalog entities found in ${files.join(', ')}`);
  }
  const client = options.backstageUrl
    ? new CatalogApiClient(
        options.backstageUrl,
        io.env.READINESS_BACKSTAGE_TOKEN ?? io.env.BACKSTAGE_TOKEN,
        io.fetch,
      )
    : undefined;
  const scoreOptions = { now, trustWaiversOffline: options.trustWaivers };

  const report: LintReport = {
    compiled,
    target,
    mode: client ? 'catalog' : 'offline',
    strict: !options.allowUnverifiable,
    assessments: [],
    skipped: [],
    skippedFiles,
    summary: summarizeFirstRun(compiled, []),
  };
  for (const source of sources) {
    // Score offline first: out-of-scope entities (API, Group...) need no catalog call.
    let scorecard = scoreEntity(
      compiled,
      source.entity,
      undefined,
      scoreOptions,
    );
    if (scorecard.inScope === false) {
      report.skipped.push(source);
      continue;
    }
    if (client) {
      const related = await client.loadRelated(source.entity);
      scorecard = scoreEntity(compiled, source.entity, related, scoreOptions);
    }
    report.assessments.push(
      assess(compiled, source, scorecard, target, report.strict),
    );
  }

  report.summary = summarizeFirstRun(
    compiled,
    report.assessments.map(a =>
      summaryInputOf(
        a.scorecard,
        typeof a.source.entity.spec?.lifecycle === 'string'
          ? a.source.entity.spec.lifecycle
          : undefined,
      ),
    ),
  );
  io.stdout.write(
    formatter(report, { color: useColor(io.stdout.isTTY, io.env) }),
  );
  return report.assessments.every(a => a.reachesTarget) ? EXIT_OK : EXIT_GAPS;
}
