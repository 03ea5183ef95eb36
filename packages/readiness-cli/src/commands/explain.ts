import {
  describeAppliesTo,
  describeRule,
  fixTemplateYaml,
} from '@readiness-scorecards/plugin-readiness-common';
import { EXIT_OK, UsageError } from '../errors';
import type { CliIo } from '../io/CliIo';
import { loadRubricFile } from '../rubric/loadRubricFile';

/** `readiness explain <check-id>`: what a check wants and how to satisfy it. */
export async function explainCommand(
  checkId: string,
  options: { rubric?: string },
  io: CliIo,
): Promise<number> {
  const compiled = await loadRubricFile(options.rubric, io.cwd);
  const check = compiled.checksById.get(checkId);
  if (!check) {
    throw new UsageError(
      `Unknown check ${checkId}. Checks of the rubric:\n${compiled.checks
        .map(c => `  ${c.id.padEnd(20)} ${c.title}`)
        .join('\n')}`,
    );
  }
  const def = check.definition;
  const tierTitle =
    compiled.tiers.find(t => t.id === check.tier)?.title ?? check.tier;
  const lines = [
    `${check.id}: ${check.title}`,
    '',
    def.description,
    '',
    `Tier:      ${tierTitle} (${check.tier})`,
    `Severity:  ${check.severity}${
      check.severity === 'minor' ? ' (advisory)' : ' (blocks the tier)'
    }`,
    `Category:  ${check.category}`,
  ];
  if (def.appliesTo) {
    lines.push(`Applies to: ${describeAppliesTo(def.appliesTo)}`);
  }
  if (def.freshness) {
    lines.push(
      `Freshness: evidence older than ${def.freshness.maxAgeDays} days fails`,
    );
  }
  lines.push(
    '',
    'Evidence:',
    `  ${describeRule(def.evidence, def).replace(/\n/g, '\n  ')}`,
  );
  const fixYaml = def.fix ? fixTemplateYaml(def.fix) : '';
  if (fixYaml) {
    lines.push(
      '',
      'Fix (add to catalog-info.yaml):',
      fixYaml.trimEnd().replace(/^/gm, '  '),
    );
  }
  lines.push(
    '',
    `Waive it: readiness/waiver.${check.id}: "until=YYYY-MM-DD; approver=user:default/<name>; reason=<why>"`,
    `Docs: ${def.fix?.docUrl ?? `${compiled.rubric.docBaseUrl}#${check.id}`}`,
  );
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
