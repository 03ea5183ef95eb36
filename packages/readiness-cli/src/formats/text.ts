import type { CheckResult } from '@readiness-scorecards/plugin-readiness-common';
import type { Assessment } from '../engine/assess';
import { palette } from './colors';
import type { Palette } from './colors';
import { summaryLine } from './LintReport';
import type { Formatter, LintReport } from './LintReport';

function indent(text: string, prefix: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map(line => prefix + line)
    .join('\n');
}

/** One check with its message and, with `withFix`, the YAML that closes it. */
export function checkLines(
  c: CheckResult,
  mark: string,
  p: Palette,
  withFix: boolean,
): string[] {
  const lines = [
    `    ${mark} ${p.bold(c.checkId)}  ${c.title} ${p.dim(
      `[${c.tier} · ${c.severity}]`,
    )}`,
    `        ${c.message}`,
  ];
  if (c.actor) {
    lines.push(p.dim(`        who: ${c.actor}`));
  }
  if (withFix && c.fix?.yaml) {
    lines.push(p.dim('        fix:'), p.cyan(indent(c.fix.yaml, '          ')));
  }
  if (withFix && c.fix?.docUrl) {
    lines.push(p.dim(`        docs: ${c.fix.docUrl}`));
  }
  return lines;
}

function tierLabel(tier: string | null): string {
  return tier ?? 'none';
}

function entityBlock(a: Assessment, report: LintReport, p: Palette): string[] {
  const { scorecard, source } = a;
  const target = report.target.id;
  const lines = [
    `${p.bold(scorecard.entityRef)}  ${p.dim(`${source.file}:${source.line}`)}`,
  ];
  let status = a.reachesTarget
    ? p.green(`✓ reaches ${target}`)
    : p.red(`✗ does not reach ${target}`);
  status += ` · tier ${tierLabel(scorecard.tier)}`;
  if (a.tierIfVerified !== scorecard.tier) {
    status += ` (${tierLabel(
      a.tierIfVerified,
    )} if the unverifiable checks pass)`;
  }
  status += ` · score ${scorecard.score}`;
  lines.push(`  ${status}`);

  // Blockers first: gaps are sorted blocker, then major.
  if (a.gaps.length > 0) {
    lines.push('', p.red(`  Blocking ${target}:`));
    for (const c of a.gaps) {
      lines.push(...checkLines(c, p.red('✗'), p, true));
    }
  }
  const notInGaps = a.unverifiable.filter(c => !a.gaps.includes(c));
  if (notInGaps.length > 0) {
    lines.push(
      '',
      p.yellow(
        '  Not verifiable offline (pass --backstage-url to check them against the catalog):',
      ),
    );
    for (const c of notInGaps) {
      lines.push(...checkLines(c, p.yellow('?'), p, false));
    }
  }
  if (a.advisories.length > 0) {
    lines.push('', p.yellow('  Advisory:'));
    for (const c of a.advisories) {
      lines.push(...checkLines(c, p.yellow('!'), p, c.status !== 'warn'));
    }
  }
  const waived = scorecard.checks.filter(c => c.status === 'waived');
  if (waived.length > 0) {
    lines.push('', p.dim('  Waived:'));
    for (const c of waived) {
      lines.push(p.dim(`    ~ ${c.checkId}  ${c.message}`));
    }
  }
  // A misspelt check id waives nothing: say so, or it goes unnoticed.
  const unknownWaivers = scorecard.unknownWaivers ?? [];
  if (unknownWaivers.length > 0) {
    lines.push('', p.yellow('  Unknown waivers:'));
    for (const w of unknownWaivers) {
      lines.push(p.yellow(`    ? ${w.message}`));
    }
  }
  return lines;
}

/** Tiers, the most common gaps and declared-production: what a first run tells a platform team. */
export function summaryBlock(report: LintReport): string[] {
  const { summary } = report;
  const lines = [`Summary of ${summary.entities} scored entities:`];
  lines.push(
    `  tiers: ${summary.byTier.map(t => `${t.tier} ${t.entities}`).join(', ')}`,
  );
  if (summary.commonGaps.length > 0) {
    lines.push('  most common gaps:');
    for (const gap of summary.commonGaps) {
      const invalid = gap.invalid ? ` (${gap.invalid} invalid)` : '';
      lines.push(
        `    ${String(gap.entities).padStart(4)}  ${gap.checkId}  ${
          gap.title
        } [${gap.tier}]${invalid}`,
      );
    }
  }
  const below = summary.declaredProductionBelowTop;
  lines.push(
    `  declare lifecycle production but do not reach ${below.topTier}: ${
      below.entities
    }${
      below.entities > 0
        ? ` (${below.entityRefs.join(', ')}${
            below.entities > below.entityRefs.length ? ', ...' : ''
          })`
        : ''
    }`,
  );
  return lines;
}

/** For a person at a terminal: one block per entity, what to do first at the top. */
export const formatText: Formatter = (report, { color }) => {
  const p = palette(color);
  const out: string[] = [];
  const ordered = [...report.assessments].sort(
    (a, b) => Number(a.reachesTarget) - Number(b.reachesTarget),
  );
  for (const a of ordered) {
    out.push(...entityBlock(a, report, p), '');
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
      p.dim(
        `Skipped ${report.skippedFiles.length} ${
          report.skippedFiles.length === 1 ? 'file' : 'files'
        } that hold no readable entity:`,
      ),
      ...report.skippedFiles.map(line => p.dim(`  ${line}`)),
    );
  }
  // One entity needs no summary; a directory or glob of them does.
  if (report.assessments.length > 1) {
    out.push('', ...summaryBlock(report), '');
  }
  if (report.mode === 'offline') {
    out.push(
      p.dim(
        'Offline: checks that need the catalog are not verifiable (use --backstage-url).',
      ),
    );
  }
  const summary = summaryLine(report);
  out.push(
    report.assessments.every(a => a.reachesTarget)
      ? p.green(summary)
      : p.red(summary),
  );
  return `${out.join('\n')}\n`;
};
