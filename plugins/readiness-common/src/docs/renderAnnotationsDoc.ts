import {
  PILOT_START_ANNOTATION,
  pilotStartFixYaml,
} from '../attention/pilotStart';
import type { Rubric } from '../model/rubric';
import { describeAppliesTo } from '../engine/appliesTo';
import {
  WAIVER_ANNOTATION_PREFIX,
  WAIVER_FORMAT,
} from '../waivers/parseWaiver';
import { annotationKeysOf } from './describeRule';
import { checkDocOf } from './checkDoc';
import {
  VENDOR_ANNOTATIONS,
  VENDOR_KEYS_WITHOUT_EVIDENCE,
} from '../rubric/vendorAnnotations';

/** A markdown table with padded columns (the way prettier writes them). */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) =>
    Math.max(3, h.length, ...rows.map(r => r[i].length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(header),
    `| ${widths.map(w => '-'.repeat(w)).join(' | ')} |`,
    ...rows.map(line),
  ].join('\n');
}

/**
 * The annotation reference (docs/annotations.md) generated from a rubric.
 * Each check has an anchor `#<check id>`, the target of its docUrl.
 */
export function renderAnnotationsDoc(rubric: Rubric): string {
  const checks = rubric.checks.filter(c => c.enabled !== false);
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);

  push(
    '# Readiness annotations',
    '',
    '<!-- Generated from the default rubric by plugins/readiness-common/scripts/generate-annotations-doc.ts. Do not edit by hand: run `yarn workspace @readiness-scorecards/plugin-readiness-common docs:annotations`. -->',
    '',
    'Service teams declare production-readiness evidence as annotations (and links and spec fields) in their own `catalog-info.yaml`. The readiness engine scores every entity against the checks below. Annotation values are strings; structured values use `key=value; key=value`. Ecosystem annotations that catalogs already carry (PagerDuty, Grafana, Sentry...) count as evidence.',
    '',
    `The default rubric scores entities where ${describeAppliesTo(
      rubric.appliesTo,
    )}. Platform teams change it under \`readiness.rubric\` in app-config.yaml.`,
    '',
    '## Tiers and scoring',
    '',
    'Tiers, lowest first. An entity reaches a tier when every blocker and major check of that tier and all lower tiers passes, warns (stale evidence) or is validly waived. Minor checks are advisory.',
    '',
    table(
      ['tier', 'title', 'checks'],
      rubric.tiers.map(tier => [
        tier.id,
        tier.title,
        checks
          .filter(c => c.tier === tier.id)
          .map(c => `[${c.id}](#${c.id})`)
          .join(', '),
      ]),
    ),
    '',
    `The score is the weighted share of applicable checks that pass or warn (weights: blocker ${rubric.weights.blocker}, major ${rubric.weights.major}, minor ${rubric.weights.minor}); failed, invalid and waived checks count as not passed, and checks that do not apply are left out.`,
    '',
    'Each check ends in one of: `pass`, `warn` (evidence getting stale, or a waiver expiring), `fail`, `invalid` (evidence present but malformed; the message says what is expected), `waived`, `not-applicable`. Without a catalog (the offline CLI), checks that need one fail as unverifiable ("not verifiable offline").',
    '',
  );

  for (const category of rubric.categories) {
    const inCategory = checks.filter(c => c.category === category.id);
    if (inCategory.length === 0) {
      continue;
    }
    push(`## ${category.title}`, '');
    for (const check of inCategory) {
      const doc = checkDocOf(check);
      const fix = doc.exampleYaml ?? '';
      push(
        `<a id="${check.id}"></a>`,
        '',
        `### ${check.id}: ${check.title}`,
        '',
        doc.why,
        '',
        `- Tier / severity: ${check.tier} / ${check.severity}`,
        `- Applies to: ${doc.appliesTo}`,
        `- Who acts: ${doc.whoActs}`,
        `- Evidence: ${doc.evidence}`,
        `- Waiver: \`${doc.waiverAnnotation}\``,
        '',
      );
      if (fix) {
        push('Fix:', '', '```yaml', fix.trimEnd(), '```', '');
      }
    }
  }

  push(
    '## Waivers',
    '',
    `A gap can be waived for a while: \`${WAIVER_ANNOTATION_PREFIX}<check-id>: "${WAIVER_FORMAT}"\`.`,
    '',
    `- A waiver only matters for a check that does not pass on its own; it then counts as met for the tier, but not as passed for the score.`,
    `- It is \`expiring\` (still waived, and said so) in its last ${rubric.waivers.expiringDays} days.`,
    '- Past `until` it no longer waives: the check fails and says when the waiver expired.',
    `- A waiver ending more than ${rubric.waivers.maxDays} days from today is invalid.`,
    "- A waiver naming a check the rubric does not have is reported in the scorecard's `unknownWaivers`.",
    '- An approver who is a member of the owning group is flagged (the waiver still counts).',
    '- Offline (no catalog) the approver cannot be checked, so a waived check fails as unverifiable unless the CLI is told to trust waivers.',
    '',
    'Example:',
    '',
    '```yaml',
    'metadata:',
    '  annotations:',
    `    ${WAIVER_ANNOTATION_PREFIX}runbook: 'until=2027-02-01; approver=user:default/jane; reason=vendor contract pending'`,
    '```',
    '',
  );

  push(
    '## Pilot start',
    '',
    `\`${PILOT_START_ANNOTATION}: "YYYY-MM-DD"\` declares the day a pilot started. Readiness history begins when the backend is installed, so without it a pilot's time in its tier counts from the first recompute and reads "since at least <date> (first record)". The declared date counts while the entity is in the first tier (or below it), in the rollups' "stuck" counts, the "needs attention" lists, the cards and the API; a malformed or future date is ignored and reported on the entity's tab. It is not a check: it changes no tier or score.`,
    '',
    'Fix:',
    '',
    '```yaml',
    pilotStartFixYaml('2026-05-04').trimEnd(),
    '```',
    '',
  );

  const index = new Map<string, string[]>();
  for (const check of checks) {
    for (const key of annotationKeysOf(check.evidence)) {
      index.set(key, [...(index.get(key) ?? []), check.id]);
    }
  }
  push(
    '## Annotation index',
    '',
    table(
      ['annotation', 'checks'],
      [...index.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, ids]) => [
          `\`${key}\``,
          ids.map(id => `[${id}](#${id})`).join(', '),
        ]),
    ),
    '',
  );
  // Only the vendor keys this rubric reads, with the checks that read them.
  const vendorRows = VENDOR_ANNOTATIONS.filter(v => index.has(v.key)).map(v => [
    v.plugin,
    `\`${v.key}\``,
    index
      .get(v.key)!
      .map(id => `[${id}](#${id})`)
      .join(', '),
  ]);
  if (vendorRows.length > 0) {
    push(
      '## Vendor plugins',
      '',
      "Annotations documented by vendors' Backstage plugins count as evidence for the checks below; the evidence names the plugin (`pagerduty.com/service-id is set (PagerDuty plugin)`).",
      '',
      table(['plugin', 'annotation', 'checks'], vendorRows),
      '',
      'Not evidence:',
      '',
      ...VENDOR_KEYS_WITHOUT_EVIDENCE.map(v => {
        const keys = v.keys.map(k => `\`${k}\``).join(', ');
        return `- ${v.plugin}${keys ? ` (${keys})` : ''}: ${v.reason}.`;
      }),
      '',
    );
  }
  return out.join('\n');
}
