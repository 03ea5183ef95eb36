import { compileRubric } from '../engine/compileRubric';
import { evaluate } from '../engine/evaluate';
import { renderAnnotationsDoc } from '../docs/renderAnnotationsDoc';
import { component, NOW } from '../__testUtils__/fixtures';
import { defaultRubric } from './defaultRubric';
import {
  VENDOR_ANNOTATIONS,
  VENDOR_KEYS_WITHOUT_EVIDENCE,
} from './vendorAnnotations';

const compiled = compileRubric(defaultRubric);

/** The checks of an entity that carries one annotation and nothing else. */
function checksWithOnly(key: string) {
  const entity = component({ annotations: { [key]: 'payments' } });
  return evaluate(compiled, { entity, now: NOW }).checks;
}

/** The checks a vendor annotation could be mistaken as evidence for. */
const VENDOR_CHECKS = [
  'on-call',
  'dashboard',
  'alerting',
  'error-tracking',
  'scanning',
  'slo',
];

describe('vendor annotations', () => {
  it.each(VENDOR_ANNOTATIONS.map(v => [v.key, v.plugin, v.checks] as const))(
    '%s alone passes each check it is mapped to, naming the %s plugin',
    (key, plugin, checkIds) => {
      const checks = checksWithOnly(key);
      expect(checkIds.length).toBeGreaterThan(0);
      for (const id of checkIds) {
        const result = checks.find(c => c.checkId === id)!;
        expect([id, result.status, result.message]).toEqual([
          id,
          'pass',
          `${key} (${plugin} plugin) is set`,
        ]);
      }
      // And no vendor check it is not mapped to.
      for (const id of VENDOR_CHECKS.filter(c => !checkIds.includes(c))) {
        const result = checks.find(c => c.checkId === id)!;
        expect([id, result.status]).toEqual([id, 'fail']);
      }
    },
  );

  it.each(
    VENDOR_KEYS_WITHOUT_EVIDENCE.flatMap(v =>
      v.keys.map(key => [key, v.plugin] as const),
    ),
  )('%s (%s) is evidence for no check', key => {
    expect(VENDOR_ANNOTATIONS.map(v => v.key)).not.toContain(key);
    const checks = checksWithOnly(key);
    for (const id of VENDOR_CHECKS) {
      expect([id, checks.find(c => c.checkId === id)!.status]).toEqual([
        id,
        'fail',
      ]);
    }
  });

  it("accounts for every key the Rootly, Dynatrace and Snyk plugins' READMEs document", () => {
    const documented = [
      'rootly.com/service-id',
      'rootly.com/service-slug',
      'rootly.com/service-name',
      'rootly.com/team-id',
      'rootly.com/team-slug',
      'rootly.com/functionality-id',
      'rootly.com/functionality-slug',
      'rootly.com/organization-id',
      'rootly.com/service-auto-import',
      'dynatrace.com/guardian-tags',
      'snyk.io/org-name',
      'snyk.io/org-id',
      'snyk.io/targets',
      'snyk.io/target-id',
      'snyk.io/project-ids',
      'snyk.io/exclude-project-ids',
    ];
    const accounted = new Set([
      ...VENDOR_ANNOTATIONS.map(v => v.key),
      ...VENDOR_KEYS_WITHOUT_EVIDENCE.flatMap(v => v.keys),
    ]);
    expect(documented.filter(key => !accounted.has(key))).toEqual([]);
  });

  it('lists each key once, mapped or not', () => {
    const keys = [
      ...VENDOR_ANNOTATIONS.map(v => v.key),
      ...VENDOR_KEYS_WITHOUT_EVIDENCE.flatMap(v => v.keys),
    ];
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('says in docs/annotations.md which keys are not evidence, and why', () => {
    const doc = renderAnnotationsDoc(defaultRubric);
    expect(doc).toMatch(
      /\| Rootly +\| `rootly\.com\/service-name` +\| \[on-call\]\(#on-call\)/,
    );
    expect(doc).toContain(
      '- Snyk (`snyk.io/exclude-project-ids`): removes projects from the Snyk card',
    );
    expect(doc).toContain(
      '- Rootly (`rootly.com/team-id`, `rootly.com/team-slug`, `rootly.com/team-name`): a Rootly team',
    );
    expect(doc).toContain(
      '- Dynatrace (`dynatrace.com/guardian-tags`): filters',
    );
  });
});
