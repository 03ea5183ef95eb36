import type {
  CheckResult,
  Initiative,
  InitiativeProgress,
  Scorecard,
} from '@readiness-scorecards/plugin-readiness-common';
import type { FormatContext } from '../formats';
import type { SourceEntity } from '../io/readEntities';

/** One entity of the files in the initiative's scope, and what it must still do. */
export interface InitiativeAssessment {
  source: SourceEntity;
  scorecard: Scorecard;
  done: boolean;
  /** The target checks it fails, in rubric order, with their fixes. */
  remaining: CheckResult[];
}

/** What `readiness lint --initiative` found; the text and json formats render it. */
export interface InitiativeReport {
  initiative: Initiative;
  /** The initiative's progress in the portal, over what the token may read. */
  progress: InitiativeProgress;
  /** In scope, remaining work first. */
  assessments: InitiativeAssessment[];
  /** Scored entities outside the initiative's scope. */
  outOfScope: Array<Pick<InitiativeAssessment, 'source' | 'scorecard'>>;
  /** Entities no check of the rubric applies to (e.g. API, Group). */
  skipped: SourceEntity[];
  skippedFiles: string[];
}

export type InitiativeFormatter = (
  report: InitiativeReport,
  ctx: FormatContext,
) => string;

/** `reach beta` or `meet on-call, runbook`. */
export function targetText(initiative: Initiative): string {
  const { tier, checks } = initiative.target;
  return tier !== undefined ? `reach ${tier}` : `meet ${(checks ?? []).join(', ')}`;
}

export function initiativeSummaryLine(report: InitiativeReport): string {
  const total = report.assessments.length;
  const done = report.assessments.filter(a => a.done).length;
  const checks = report.assessments.reduce((n, a) => n + a.remaining.length, 0);
  return `${done} of ${total} ${
    total === 1 ? 'entity' : 'entities'
  } in scope of ${report.initiative.id} done; ${checks} ${
    checks === 1 ? 'check' : 'checks'
  } still to do.`;
}
