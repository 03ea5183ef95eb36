import type { Entity } from '@backstage/catalog-model';
import { withAnnotations, component, viewOf } from '../__testUtils__/fixtures';
import { compileRule } from './compileRule';
import type { EvidenceRule } from './ruleTypes';

const url = (key: string): EvidenceRule => ({
  type: 'annotation-format',
  keys: [key],
  format: 'url',
});

describe('static outcomes', () => {
  it('gives the same answers whether or not the combination was seen before', () => {
    const rule: EvidenceRule = {
      type: 'all',
      rules: [
        {
          type: 'any',
          rules: [{ type: 'link', linkTypes: ['slo'] }, url('readiness/slo')],
        },
        { type: 'annotation', keys: ['a/stage'] },
      ],
    };
    // One compiled rule, run on several entities: the cache lives in it.
    const compiled = compileRule(rule);
    const run = (entity: Entity) =>
      compiled(viewOf(entity), { customEvaluators: {}, checkId: 'x' });
    const missing = run(component());
    const present = run(
      withAnnotations({
        'readiness/slo': 'https://s.example.com',
        'a/stage': 'ga',
      }),
    );
    const half = run(withAnnotations({ 'a/stage': 'ga' }));
    expect(run(component())).toBe(missing);
    expect(Object.isFrozen(missing)).toBe(true);
    expect(missing).toMatchObject({
      status: 'fail',
      message:
        'no link of type slo in metadata.links, and readiness/slo is not set; a/stage is not set',
    });
    expect(present.status).toBe('pass');
    expect(half).toMatchObject({
      status: 'fail',
      message:
        'no link of type slo in metadata.links, and readiness/slo is not set',
    });
    expect(half.evidence).toHaveLength(1);
  });
});
