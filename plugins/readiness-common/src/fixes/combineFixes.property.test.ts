/*
 * "Copy all fixes": the fixes of every blocker to the next tier, as one YAML
 * patch, applied to a generated entity, make each of those checks pass.
 */
import fc from 'fast-check';
import type { Entity } from '@backstage/catalog-model';
import { parse, parseDocument } from 'yaml';
import { compileRubric } from '../engine/compileRubric';
import { evaluate } from '../engine/evaluate';
import { defaultRubric } from '../rubric/defaultRubric';
import { relatedFromFullCatalog } from '../__testUtils__/catalog';
import { instant, looseEntity } from '../__testUtils__/arbitraries';
import { combineFixes, mergeInto } from './combineFixes';

const compiled = compileRubric(defaultRubric);

describe('combineFixes', () => {
  it('writes each key once, where pasting the snippets would repeat them', () => {
    const patch = combineFixes([
      { checkId: 'a', fix: { yaml: 'metadata:\n  annotations:\n    x/a: "1"\n' } },
      { checkId: 'b', fix: { yaml: '# why\nmetadata:\n  annotations:\n    x/b: "2"\n  links:\n    - url: https://e.example\n' } },
      { checkId: 'c', fix: { yaml: 'metadata:\n  links:\n    - url: https://f.example\nspec:\n  owner: group:default/t\n' } },
      { checkId: 'd' },
      { checkId: 'e', fix: { yaml: '- not a map' } },
    ] as any);
    expect(patch.checkIds).toEqual(['a', 'b', 'c']);
    expect(patch.unreadable).toEqual(['e']);
    expect(parseDocument(patch.yaml, { uniqueKeys: true }).errors).toEqual([]);
    expect(parse(patch.yaml)).toEqual({
      metadata: {
        annotations: { 'x/a': '1', 'x/b': '2' },
        links: [{ url: 'https://e.example' }, { url: 'https://f.example' }],
      },
      spec: { owner: 'group:default/t' },
    });
    expect(patch.yaml.split('\n')[0]).toBe(
      '# Closes a, b, c: merge into catalog-info.yaml, then replace the example values',
    );
  });

  it('gives an empty patch when no check has a fix', () => {
    expect(combineFixes([])).toEqual({ yaml: '', checkIds: [], unreadable: [] });
  });

  it('applied to a generated entity, makes every blocker to the next tier pass', () => {
    fc.assert(
      fc.property(looseEntity, instant, fc.constantFrom('service', 'llm', 'agent', 'data-pipeline', 'model'), (loose, now, type) => {
        const entity = mergeInto(loose, { kind: 'Component', spec: { type } }) as Entity;
        const before = evaluate(compiled, { entity, related: relatedFromFullCatalog(entity), now });
        fc.pre(before.blockers.length > 0);
        const blockers = before.checks.filter(c => before.blockers.includes(c.checkId));
        const patch = combineFixes(blockers);
        expect(patch.unreadable).toEqual([]);
        expect(parseDocument(patch.yaml, { uniqueKeys: true }).errors).toEqual([]);
        const fixed = mergeInto(entity, parse(patch.yaml)) as Entity;
        const after = evaluate(compiled, { entity: fixed, related: relatedFromFullCatalog(fixed), now });
        const statuses = Object.fromEntries(
          after.checks
            .filter(c => before.blockers.includes(c.checkId))
            .map(c => [c.checkId, c.status]),
        );
        expect(statuses).toEqual(Object.fromEntries(before.blockers.map(id => [id, 'pass'])));
      }),
      { numRuns: 300 },
    );
  });
});
