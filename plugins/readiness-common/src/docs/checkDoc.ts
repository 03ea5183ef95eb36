import type { CheckDoc } from '../api/types';
import type { CheckDefinition } from '../model/rubric';
import { describeAppliesTo } from '../engine/appliesTo';
import { compileFix } from '../fixes/compileFix';
import { WAIVER_ANNOTATION_PREFIX } from '../waivers/parseWaiver';
import { describeRule } from './describeRule';

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
