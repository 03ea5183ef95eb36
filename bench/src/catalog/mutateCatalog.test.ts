import type { Entity } from '@backstage/catalog-model';
import { chunksChangingOn, DAY_ANNOTATION, mutateEntity } from './mutateCatalog';

describe('simulated days', () => {
  it('picks the same distinct files for a day, and other files on other days', () => {
    const day3 = chunksChangingOn(3, 200, 4);
    expect(day3).toEqual(chunksChangingOn(3, 200, 4));
    expect(new Set(day3).size).toBe(4);
    expect(chunksChangingOn(4, 200, 4)).not.toEqual(day3);
    expect(chunksChangingOn(1, 2, 4)).toEqual([0, 1]);
  });

  it('adds or removes one piece of evidence of a Component and records the day', () => {
    const entity: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'svc', annotations: { 'sentry.io/project-slug': 'svc' } },
    };
    const before = { ...entity.metadata.annotations };
    mutateEntity(entity, 7, 0); // (7 + 0) % 7 = 0: the Sentry slug
    expect(entity.metadata.annotations).toEqual({ [DAY_ANNOTATION]: '7' });
    mutateEntity(entity, 14, 0);
    expect(entity.metadata.annotations).toEqual({ ...before, [DAY_ANNOTATION]: '14' });
  });

  it('changes only the day of other kinds', () => {
    const entity: Entity = { apiVersion: 'backstage.io/v1alpha1', kind: 'API', metadata: { name: 'api' } };
    mutateEntity(entity, 2, 5);
    expect(entity.metadata.annotations).toEqual({ [DAY_ANNOTATION]: '2' });
  });
});
