import {
  compileRubric,
  defaultRubric,
  problemsOfInitiativeTarget,
} from '@readiness-scorecards/plugin-readiness-common';
import { generateCatalog } from '../catalog/generateCatalog';
import { generatedInitiatives, initiativeEndpoints } from './benchInitiatives';

describe('the initiatives of bench:initiatives', () => {
  const now = new Date('2026-12-05T12:00:00Z');
  const catalog = generateCatalog({ entities: 1000, now });
  const initiatives = generatedInitiatives(20, catalog, now);

  it('are 20 distinct initiatives on targets of the default rubric, started, with a deadline ahead', () => {
    const rubric = compileRubric(defaultRubric);
    expect(new Set(initiatives.map(i => i.id)).size).toBe(20);
    for (const initiative of initiatives) {
      expect(problemsOfInitiativeTarget(initiative.target, rubric)).toEqual([]);
      expect(initiative.startDate < '2026-12-05').toBe(true);
      expect(initiative.deadline > '2026-12-05').toBe(true);
    }
  });

  it('scope what the generated organisation holds: its departments, domains and systems', () => {
    const names = new Set(catalog.org.map(e => `${e.kind.toLocaleLowerCase('en-US')}:default/${e.metadata.name}`));
    const refs = initiatives.flatMap(i => [...(i.scope.owner ?? []), ...(i.scope.system ?? []), ...(i.scope.domain ?? [])]);
    expect(refs.length).toBeGreaterThan(10);
    expect(refs.filter(ref => !names.has(ref))).toEqual([]);
  });

  it('measure each endpoint over every initiative', () => {
    const endpoints = initiativeEndpoints(initiatives, ['component:default/a']);
    expect(endpoints.initiative).toHaveLength(20);
    expect(endpoints.csv[3]).toBe('/api/readiness/initiatives/bench-initiative-3/export.csv');
    expect(endpoints.ofEntity).toEqual(['/api/readiness/initiatives?entityRef=component%3Adefault%2Fa']);
  });
});
