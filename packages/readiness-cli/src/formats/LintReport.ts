import type {
  CompiledRubric,
  FirstRunSummary,
  TierDefinition,
} from '@readiness-scorecards/plugin-readiness-common';
import type { Assessment } from '../engine/assess';
import type { SourceEntity } from '../io/readEntities';

/** What one `readiness lint` run found; every format renders this. */
export interface LintReport {
  compiled: CompiledRubric;
  target: TierDefinition;
  /** offline: no catalog, so catalog checks are unverifiable. */
  mode: 'offline' | 'catalog';
  strict: boolean;
  assessments: Assessment[];
  /** Entities no check of the rubric applies to (e.g. API, Group). */
  skipped: SourceEntity[];
  /** Files of a directory that hold no readable entity (templates, other YAML), with why. */
  skippedFiles: string[];
  /** Tiers, common gaps and declared-production of the scored entities. */
  summary: FirstRunSummary;
}

export interface FormatContext {
  /** ANSI colour, only for a person at a terminal. */
  color: boolean;
}

export type Formatter = (report: LintReport, ctx: FormatContext) => string;

/** The line a result points at: where its fix would go, else the entity. */
export function lineFor(
  source: SourceEntity,
  fixYaml: string | undefined,
): number {
  const specOnly =
    fixYaml !== undefined &&
    /^spec:/m.test(fixYaml) &&
    !/^metadata:/m.test(fixYaml);
  if (specOnly) {
    return source.lineOf(['spec']) ?? source.line;
  }
  return (
    source.lineOf(['metadata', 'annotations']) ??
    source.lineOf(['metadata']) ??
    source.line
  );
}

export function summaryLine(report: LintReport): string {
  const total = report.assessments.length;
  const reached = report.assessments.filter(a => a.reachesTarget).length;
  const gaps = report.assessments.reduce((n, a) => n + a.gaps.length, 0);
  const unverifiable = report.assessments.reduce(
    (n, a) => n + a.unverifiable.length,
    0,
  );
  let line = `${reached} of ${total} ${
    total === 1 ? 'entity reaches' : 'entities reach'
  } ${report.target.id}; ${gaps} blocking ${gaps === 1 ? 'gap' : 'gaps'}`;
  if (unverifiable > 0) {
    line += `; ${unverifiable} ${
      unverifiable === 1 ? 'check' : 'checks'
    } not verifiable offline${
      report.strict
        ? ' (counted as gaps; pass --backstage-url to verify them, or --allow-unverifiable)'
        : ' (not counted as gaps: --allow-unverifiable)'
    }`;
  }
  return `${line}.`;
}
