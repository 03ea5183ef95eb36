import { palette } from '../formats/colors';
import { checkLines } from '../formats/text';
import {
  initiativeSummaryLine,
  targetText,
} from './InitiativeReport';
import type { InitiativeFormatter } from './InitiativeReport';

function daysLeftText(daysLeft: number): string {
  if (daysLeft < 0) {
    return `${-daysLeft} ${daysLeft === -1 ? 'day' : 'days'} past the deadline`;
  }
  if (daysLeft === 0) return 'due today';
  return `${daysLeft} ${daysLeft === 1 ? 'day' : 'days'} left`;
}

/** For a person at a terminal: the initiative, then each entity in scope with what it must still do. */
export const initiativeText: InitiativeFormatter = (report, { color }) => {
  const p = palette(color);
  const { initiative, progress } = report;
  const out = [
    `${p.bold(`Initiative ${initiative.id}`)}: ${initiative.title}`,
    `  ${targetText(initiative)} by ${initiative.deadline} (${daysLeftText(
      progress.daysLeft,
    )})`,
    p.dim(
      `  In the portal: ${progress.done} of ${progress.inScope} done, ${progress.state}`,
    ),
    '',
  ];
  for (const a of report.assessments) {
    const { scorecard, source } = a;
    out.push(
      `${p.bold(scorecard.entityRef)}  ${p.dim(`${source.file}:${source.line}`)}`,
    );
    if (a.done) {
      out.push(`  ${p.green(`✓ done for ${initiative.id}`)}`, '');
      continue;
    }
    out.push(
      `  ${p.red(`✗ still to do for ${initiative.id}`)} · tier ${
        scorecard.tier ?? 'none'
      }`,
    );
    for (const c of a.remaining) {
      out.push(...checkLines(c, p.red('✗'), p, true));
    }
    out.push('');
  }
  if (report.outOfScope.length > 0) {
    out.push(
      p.dim(
        `Not in scope of ${initiative.id}: ${report.outOfScope
          .map(a => a.scorecard.entityRef)
          .join(', ')}`,
      ),
    );
  }
  if (report.skipped.length > 0) {
    out.push(
      p.dim(
        `Skipped ${report.skipped.length} ${
          report.skipped.length === 1 ? 'entity' : 'entities'
        } the rubric does not apply to: ${report.skipped
          .map(s => `${s.entity.kind}:${s.entity.metadata?.name}`)
          .join(', ')}`,
      ),
    );
  }
  if (report.skippedFiles.length > 0) {
    out.push(
      p.dim(`Skipped ${report.skippedFiles.length} files that hold no readable entity:`),
      ...report.skippedFiles.map(line => p.dim(`  ${line}`)),
    );
  }
  const summary = initiativeSummaryLine(report);
  out.push(
    report.assessments.every(a => a.done) ? p.green(summary) : p.red(summary),
  );
  return `${out.join('\n')}\n`;
};
