import type { Entity } from '@backstage/catalog-model';
import { compileRubric } from '../engine/compileRubric';
import { evaluate } from '../engine/evaluate';
import { defaultRubric } from '../rubric/defaultRubric';
import { summarizeFirstRun, summaryInputOf } from './firstRunSummary';

const compiled = compileRubric(defaultRubric);
const NOW = new Date('2026-11-21T12:00:00Z');

function component(name: string, spec: Record<string, unknown>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, description: `${name} service` },
    spec: { type: 'service', owner: 'group:default/team', ...spec },
  };
}

function input(entity: Entity) {
  return summaryInputOf(
    evaluate(compiled, { entity, now: NOW }),
    entity.spec?.lifecycle as string | undefined,
  );
}

describe('summarizeFirstRun', () => {
  const inputs = [
    input(component('a', { lifecycle: 'production', system: 'shop' })),
    input(component('b', { lifecycle: 'production', system: '<system>' })),
    input(component('c', { lifecycle: 'experimental' })),
  ];

  it('counts entities per tier, every tier listed, none last', () => {
    const summary = summarizeFirstRun(compiled, inputs);
    expect(summary.entities).toBe(3);
    expect(summary.byTier).toEqual([
      { tier: 'pilot', entities: 0 },
      { tier: 'beta', entities: 0 },
      { tier: 'production', entities: 0 },
      { tier: 'none', entities: 3 },
    ]);
  });

  it('lists the most common gaps first, with how many are placeholders or malformed', () => {
    const summary = summarizeFirstRun(compiled, inputs, { maxGaps: 50 });
    const system = summary.commonGaps.find(g => g.checkId === 'system');
    expect(system).toEqual({
      checkId: 'system',
      title: 'Part of a system, lifecycle set',
      tier: 'pilot',
      entities: 2,
      invalid: 1,
    });
    const counts = summary.commonGaps.map(g => g.entities);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    expect(summarizeFirstRun(compiled, inputs).commonGaps).toHaveLength(5);
  });

  it('names the entities that declare production but do not reach it', () => {
    expect(
      summarizeFirstRun(compiled, inputs).declaredProductionBelowTop,
    ).toEqual({
      entities: 2,
      topTier: 'production',
      entityRefs: ['component:default/a', 'component:default/b'],
    });
  });

  it('summarises an empty catalog without dividing by zero', () => {
    const summary = summarizeFirstRun(compiled, []);
    expect(summary.entities).toBe(0);
    expect(summary.commonGaps).toEqual([]);
    expect(summary.declaredProductionBelowTop.entities).toBe(0);
  });
});
