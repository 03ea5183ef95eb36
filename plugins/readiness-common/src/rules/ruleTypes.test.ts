import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeRule } from '../docs/describeRule';
import { validateRubric } from '../engine/validateRubric';
import { evidenceRuleSchema } from '../rubric/configSchema';
import { testRubric, presenceCheck } from '../__testUtils__/testRubric';
import { annotationKeysOf } from './annotationKeysOf';
import { compileRule } from './compileRule';
import { RULE_TYPES, ruleTypeNamed } from './ruleTypes';
import type { EvidenceRule } from './ruleTypes';

describe('the rule type list', () => {
  it('has each type once, each found by its name', () => {
    const types = RULE_TYPES.map(t => t.type);
    expect(new Set(types).size).toBe(types.length);
    for (const ruleType of RULE_TYPES) {
      expect(ruleTypeNamed(ruleType.type)).toBe(ruleType);
    }
    expect(ruleTypeNamed('constructor')).toBeUndefined();
  });

  it.each(RULE_TYPES.map(t => [t.type, t] as const))(
    'gives %s a strict config schema keyed by its own type',
    (type, ruleType) => {
      const schema = ruleType.configSchema(evidenceRuleSchema);
      expect(schema.shape.type.value).toBe(type);
      const parsed = schema.safeParse({ type, misspelt: true });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues).toContainEqual(
        expect.objectContaining({
          code: 'unrecognized_keys',
          keys: ['misspelt'],
        }),
      );
    },
  );

  it('names every rule type, in its order, when the type is wrong', () => {
    const parsed = evidenceRuleSchema.safeParse({ type: 'anotation' });
    expect(parsed.error?.issues[0]).toMatchObject({
      code: 'invalid_union_discriminator',
      options: RULE_TYPES.map(t => t.type),
    });
  });

  it('is the list of evidence rules in the README', () => {
    const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
    const listed = /Evidence rules:([^]*?)\n\n/.exec(readme)?.[1] ?? '';
    const names = [...listed.matchAll(/`([a-z-]+)`/g)].map(m => m[1]);
    expect(names).toEqual(RULE_TYPES.map(t => t.type));
  });
});

describe('a rule whose type is not in the list', () => {
  // Only garbage typed as a rule gets here: the config schema and the
  // types stop it earlier.
  const rule = {
    type: 'annotation-present',
    keys: ['a/b'],
  } as unknown as EvidenceRule;

  it('is a rubric issue at its type', () => {
    const rubric = {
      ...testRubric,
      checks: [{ ...presenceCheck('x', 'bronze', 'major'), evidence: rule }],
    };
    expect(validateRubric(rubric)).toEqual([
      {
        path: 'rubric.checks[0].evidence.type',
        message: 'unknown evidence rule type "annotation-present"',
      },
    ]);
  });

  it('does not compile, reads no annotation, and says so in words', () => {
    expect(() => compileRule(rule)).toThrow(
      'unknown evidence rule {"type":"annotation-present","keys":["a/b"]}',
    );
    expect(annotationKeysOf(rule)).toEqual([]);
    expect(describeRule(rule)).toBe('unknown rule');
  });
});
