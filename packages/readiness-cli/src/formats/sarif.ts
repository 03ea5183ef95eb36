import type { CheckResult } from '@readiness-scorecards/plugin-readiness-common';
import type { Assessment } from '../engine/assess';
import { lineFor } from './LintReport';
import type { Formatter, LintReport } from './LintReport';

type Level = 'error' | 'warning' | 'note';

function result(a: Assessment, c: CheckResult, level: Level) {
  const text = [
    `${a.scorecard.entityRef}: ${c.message}`,
    c.unverifiable ? '(not verifiable offline)' : '',
    c.fix?.yaml ? `Fix:\n${c.fix.yaml}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return {
    ruleId: c.checkId,
    level,
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: a.source.file.split('\\').join('/') },
          region: { startLine: lineFor(a.source, c.fix?.yaml) },
        },
      },
    ],
    properties: {
      entityRef: a.scorecard.entityRef,
      tier: c.tier,
      severity: c.severity,
      status: c.status,
    },
  };
}

function rules(report: LintReport) {
  return report.compiled.checks.map(check => ({
    id: check.id,
    name: check.title,
    shortDescription: { text: check.title },
    fullDescription: { text: check.definition.description },
    helpUri:
      check.definition.fix?.docUrl ??
      `${report.compiled.rubric.docBaseUrl}#${check.id}`,
    defaultConfiguration: {
      level: check.severity === 'minor' ? 'warning' : 'error',
    },
    properties: { tier: check.tier, severity: check.severity },
  }));
}

/**
 * SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps): gaps are
 * errors, advisories warnings, unverifiable checks notes.
 */
export const formatSarif: Formatter = report => {
  const results = report.assessments.flatMap(a => [
    ...a.gaps.map(c => result(a, c, 'error')),
    ...a.unverifiable
      .filter(c => !a.gaps.includes(c))
      .map(c => result(a, c, 'note')),
    ...a.advisories.map(c => result(a, c, 'warning')),
  ]);
  return `${JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'readiness',
              informationUri: report.compiled.rubric.docBaseUrl,
              rules: rules(report),
            },
          },
          results,
        },
      ],
    },
    null,
    2,
  )}\n`;
};
