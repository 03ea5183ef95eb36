import type {
  CheckResult,
  UnknownWaiver,
} from '@readiness-scorecards/plugin-readiness-common';
import type { Assessment } from '../engine/assess';
import { lineFor, summaryLine } from './LintReport';
import type { Formatter } from './LintReport';

// Escaping as the Actions runner expects (actions/toolkit command.ts).
const escapeData = (s: string) =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) =>
  escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(
  kind: 'error' | 'warning' | 'notice',
  a: Assessment,
  c: CheckResult,
): string {
  const props = [
    `file=${escapeProperty(a.source.file.split('\\').join('/'))}`,
    `line=${lineFor(a.source, c.fix?.yaml)}`,
    `title=${escapeProperty(
      `readiness ${c.checkId} (${c.tier} ${c.severity})`,
    )}`,
  ].join(',');
  const message = [
    `${a.scorecard.entityRef}: ${c.message}`,
    c.fix?.yaml ? `Fix:\n${c.fix.yaml.trimEnd()}` : '',
    c.fix?.docUrl ? `Docs: ${c.fix.docUrl}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return `::${kind} ${props}::${escapeData(message)}`;
}

/** A waiver for a check id the rubric does not have: it waives nothing. */
function unknownWaiverWarning(a: Assessment, w: UnknownWaiver): string {
  const props = [
    `file=${escapeProperty(a.source.file.split('\\').join('/'))}`,
    `line=${a.source.lineOf(['metadata', 'annotations', w.annotation]) ?? a.source.line}`,
    `title=${escapeProperty(`readiness unknown waiver ${w.checkId}`)}`,
  ].join(',');
  return `::warning ${props}::${escapeData(`${a.scorecard.entityRef}: ${w.message}`)}`;
}

/** GitHub Actions workflow commands: annotations on the pull request's files. */
export const formatGithub: Formatter = report => {
  const lines = report.assessments.flatMap(a => [
    ...a.gaps.map(c => command('error', a, c)),
    ...a.unverifiable
      .filter(c => !a.gaps.includes(c))
      .map(c => command('notice', a, c)),
    ...a.advisories.map(c => command('warning', a, c)),
    ...(a.scorecard.unknownWaivers ?? []).map(w => unknownWaiverWarning(a, w)),
  ]);
  // A plain line too, so the job log says where things stand.
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
};
