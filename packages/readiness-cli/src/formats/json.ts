import type { CheckResult } from '@readiness-scorecards/plugin-readiness-common';
import type { Formatter } from './LintReport';

const brief = (c: CheckResult) => ({
  checkId: c.checkId,
  title: c.title,
  tier: c.tier,
  severity: c.severity,
  status: c.status,
  message: c.message,
  ...(c.unverifiable ? { unverifiable: true } : {}),
  ...(c.fix ? { fix: c.fix } : {}),
});

/** For scripts: stable keys, the full scorecard included for anything not summarised. */
export const formatJson: Formatter = report =>
  `${JSON.stringify(
    {
      target: report.target.id,
      mode: report.mode,
      strict: report.strict,
      ok: report.assessments.every(a => a.reachesTarget),
      entities: report.assessments.map(a => ({
        entityRef: a.scorecard.entityRef,
        file: a.source.file,
        line: a.source.line,
        reachesTarget: a.reachesTarget,
        tier: a.scorecard.tier,
        tierIfVerified: a.tierIfVerified,
        score: a.scorecard.score,
        gaps: a.gaps.map(brief),
        unverifiable: a.unverifiable.map(brief),
        advisories: a.advisories.map(brief),
        scorecard: a.scorecard,
      })),
      summary: report.summary,
      skippedFiles: report.skippedFiles,
      skipped: report.skipped.map(s => ({
        kind: s.entity.kind,
        name: s.entity.metadata?.name,
        file: s.file,
        line: s.line,
      })),
    },
    null,
    2,
  )}\n`;
