import type { CheckDefinition } from '../model/rubric';
import { describeAppliesTo } from '../engine/appliesTo';
import { compileFix } from '../fixes/compileFix';
import { WAIVER_ANNOTATION_PREFIX } from '../waivers/parseWaiver';
import { describeRule } from './describeRule';

/** A check's documentation, as docs/annotations.md and the portal show it. */
export interface CheckDoc {
  /** Why the check matters (its description). */
  why: string;
  appliesTo: string;
  whoActs: string;
  /** The evidence that satisfies it, in words. */
  evidence: string;
  /** The annotation that waives it. */
  waiverAnnotation: string;
  /** Example YAML for catalog-info.yaml, with placeholder values. */
  exampleYaml?: string;
}

/** The documentation of one check of a rubric. */
export function checkDocOf(check: CheckDefinition): CheckDoc {
  const exampleYaml = check.fix
    ? compileFix(check.fix, '')({
        name: 'my-service',
        namespace: 'default',
        today: 'YYYY-MM-DD',
      }).yaml
    : undefined;
  return {
    why: check.description,
    appliesTo: check.appliesTo
      ? describeAppliesTo(check.appliesTo)
      : 'every scored entity',
    whoActs:
      check.actor === 'operational-owner'
        ? 'the operational owner (the owning group when none is named)'
        : 'the owning group',
    evidence: describeRule(check.evidence, check),
    waiverAnnotation: `${WAIVER_ANNOTATION_PREFIX}${check.id}`,
    ...(exampleYaml ? { exampleYaml } : {}),
  };
}
