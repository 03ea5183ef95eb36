import type { CheckResult } from '@readiness-scorecards/plugin-readiness-common';
import type { SourceEntity } from '../io/readEntities';
import type { InitiativeFormatter } from './InitiativeReport';

const brief = (c: CheckResult) => ({
  checkId: c.checkId,
  title: c.title,
  tier: c.tier,
  severity: c.severity,
  status: c.status,
  message: c.message,
  ...(c.fix ? { fix: c.fix } : {}),
});

const where = (s: SourceEntity) => ({
  kind: s.entity.kind,
  name: s.entity.metadata?.name,
  file: s.file,
  line: s.line,
});

/** For scripts: the initiative, and per entity in scope what it must still do. */
export const initiativeJson: InitiativeFormatter = report =>
  `${JSON.stringify(
    {
      initiative: report.initiative,
      portalProgress: report.progress,
      ok: report.assessments.every(a => a.done),
      entities: report.assessments.map(a => ({
        entityRef: a.scorecard.entityRef,
        file: a.source.file,
        line: a.source.line,
        done: a.done,
        tier: a.scorecard.tier,
        remaining: a.remaining.map(brief),
      })),
      outOfScope: report.outOfScope.map(a => ({
        entityRef: a.scorecard.entityRef,
        file: a.source.file,
        line: a.source.line,
      })),
      skipped: report.skipped.map(where),
      skippedFiles: report.skippedFiles,
    },
    null,
    2,
  )}\n`;

