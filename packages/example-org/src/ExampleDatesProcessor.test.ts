import path from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import { ExampleDatesProcessor } from './ExampleDatesProcessor';

const examples = path.resolve('/repo/examples');

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'payments-api',
    annotations: {
      'readiness/runbook-reviewed': '2026-10-06',
      'readiness/waiver.on-call': 'until=2026-12-31; approver=user:default/jane; reason=x',
      'readiness/runbook-reviewed-typo': '2026-13-45',
      'backstage.io/managed-by-location': 'file:/repo/examples/2026-11-21/checkout.yaml',
    },
  },
  spec: { owner: 'payments-team' },
};

function processorAt(now: string) {
  return new ExampleDatesProcessor({
    writtenOn: '2026-11-21',
    directories: [examples],
    now: () => new Date(now),
  });
}

describe('ExampleDatesProcessor', () => {
  it('moves the dates of example entities by the days since the reference day', async () => {
    const out = await processorAt('2027-12-26T09:00:00Z').preProcessEntity(entity, {
      type: 'file',
      target: path.join(examples, 'checkout.yaml'),
    });
    expect(out.metadata.annotations).toEqual({
      'readiness/runbook-reviewed': '2027-11-10',
      'readiness/waiver.on-call': 'until=2028-02-04; approver=user:default/jane; reason=x',
      'readiness/runbook-reviewed-typo': '2026-13-45',
      'backstage.io/managed-by-location': 'file:/repo/examples/2026-11-21/checkout.yaml',
    });
    expect(entity.metadata.annotations!['readiness/runbook-reviewed']).toBe('2026-10-06');
  });

  it('leaves entities from other locations and on the reference day alone', async () => {
    const later = processorAt('2027-12-26T09:00:00Z');
    for (const location of [
      { type: 'file', target: '/repo/catalog-info.yaml' },
      { type: 'file', target: '/repo/examples-other/x.yaml' },
      { type: 'url', target: 'https://example.com/repo/examples/x.yaml' },
    ]) {
      expect(await later.preProcessEntity(entity, location)).toBe(entity);
    }
    const sameDay = processorAt('2026-11-21T23:00:00Z');
    expect(
      await sameDay.preProcessEntity(entity, { type: 'file', target: `${examples}/a.yaml` }),
    ).toBe(entity);
  });

  it('refuses a reference day that is not a date', () => {
    expect(
      () => new ExampleDatesProcessor({ writtenOn: 'November', directories: [examples] }),
    ).toThrow(/expected YYYY-MM-DD/);
  });
});
