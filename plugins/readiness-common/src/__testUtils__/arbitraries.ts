/** fast-check arbitraries for entities: realistic, malformed and plain garbage. */
import fc from 'fast-check';
import type { Entity } from '@backstage/catalog-model';
import { defaultRubric } from '../rubric/defaultRubric';
import { annotationKeysOf } from '../docs/describeRule';
import { formatDay } from '../parsing/dates';

/** Every annotation key the default rubric reads, plus waivers and some noise. */
export const KNOWN_KEYS = [
  ...new Set(defaultRubric.checks.flatMap(c => annotationKeysOf(c.evidence))),
  'readiness/operational-owner',
];

const day = (offset: number) => formatDay(20513 + offset); // 2026-03-01 + offset

export const annotationValue = fc.oneof(
  fc.constantFrom(
    'https://x.example.com/a',
    'see wiki',
    '',
    ' ',
    'user:default/jane',
    'jane',
    'group:default/payments',
    'ship',
    'maybe',
    'canary',
    'true',
    '0.9',
    '>= 95%',
    'high',
    'monthly',
    '0.004 USD @ 50000/day',
    'availability=99.9%',
    'url=https://x.example.com; date=2026-01-01',
    'forum=ml; cadence=monthly; last=2026-02-20',
    'source=a; schedule=daily; approver=user:default/dpo',
    'until=2026-03-20; approver=user:default/cto; reason=x',
    'until=2026-02-01; approver=user:default/jane; reason=x',
    'until=2027-12-01; approver=user:default/cto; reason=x',
    'last spring',
    '2026-02-30',
  ),
  fc.integer({ min: -400, max: 400 }).map(day),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
);

const annotationKey = fc.oneof(
  fc.constantFrom(...KNOWN_KEYS),
  fc.constantFrom(
    ...defaultRubric.checks.map(c => `readiness/waiver.${c.id}`),
    'readiness/waiver.nope',
    'readiness/waiver.',
  ),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty'),
  fc.string(),
);

/** Annotations as a catalog could hold them, values mostly strings, sometimes not. */
export const annotations = fc.dictionary(
  annotationKey,
  fc.oneof(
    { weight: 8, arbitrary: annotationValue },
    { weight: 1, arbitrary: fc.anything() },
  ),
  { maxKeys: 25 },
);

const link = fc.oneof(
  fc.record(
    {
      url: fc.oneof(
        fc.constant('https://x.example.com/l'),
        fc.string(),
        fc.anything(),
      ),
      type: fc.oneof(
        fc.constantFrom('runbook', 'dashboard', 'slo', 'docs', 'RUNBOOK'),
        fc.anything(),
      ),
      title: fc.string(),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

const ownerValue = fc.oneof(
  fc.constantFrom(
    'payments',
    'group:default/payments',
    'group:fin/payments',
    'user:jane',
    'a:b:c',
    '',
  ),
  fc.string(),
  fc.anything(),
);

/** A Component-shaped entity whose fields may hold anything. */
export const looseEntity: fc.Arbitrary<Entity> = fc
  .record(
    {
      name: fc.oneof(
        fc.constantFrom('payments-api', 'Checkout Web', ''),
        fc.string(),
        fc.anything(),
      ),
      namespace: fc.oneof(fc.constantFrom('default', 'fin'), fc.anything()),
      annotations: fc.oneof(
        { weight: 10, arbitrary: annotations },
        { weight: 1, arbitrary: fc.anything() },
      ),
      links: fc.oneof(fc.array(link, { maxLength: 4 }), fc.anything()),
      tags: fc.oneof(
        fc.array(
          fc.oneof(
            fc.constantFrom('ai', 'ML', 'java'),
            fc.string(),
            fc.anything(),
          ),
          { maxLength: 3 },
        ),
        fc.anything(),
      ),
      description: fc.oneof(fc.string(), fc.anything()),
      type: fc.oneof(
        fc.constantFrom('service', 'llm', 'data-pipeline', 'website', 'model'),
        fc.anything(),
      ),
      owner: ownerValue,
      lifecycle: fc.oneof(
        fc.constantFrom('production', 'experimental', ''),
        fc.anything(),
      ),
      system: fc.oneof(fc.constantFrom('payments', ''), fc.anything()),
      dependsOn: fc.oneof(
        fc.array(
          fc.oneof(
            fc.constantFrom('resource:default/db', 'component:x'),
            fc.string(),
            fc.anything(),
          ),
          { maxLength: 3 },
        ),
        fc.anything(),
      ),
    },
    { requiredKeys: [] },
  )
  .map(
    ({
      name,
      namespace,
      annotations: a,
      links,
      tags,
      description,
      type,
      owner,
      lifecycle,
      system,
      dependsOn,
    }) => {
      const metadata: Record<string, unknown> = {
        name,
        namespace,
        annotations: a,
        links,
        tags,
        description,
      };
      const spec: Record<string, unknown> = {
        type,
        owner,
        lifecycle,
        system,
        dependsOn,
      };
      for (const record of [metadata, spec]) {
        for (const key of Object.keys(record))
          if (record[key] === undefined) delete record[key];
      }
      return {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata,
        spec,
      } as unknown as Entity;
    },
  );

/** Anything at all, typed as an entity (the engine must survive it). */
export const garbageEntity: fc.Arbitrary<Entity> = fc.oneof(
  fc.anything(),
  fc.record(
    { kind: fc.anything(), metadata: fc.anything(), spec: fc.anything() },
    { requiredKeys: [] },
  ),
  fc.record({
    kind: fc.constant('Component'),
    metadata: fc.record(
      {
        name: fc.anything(),
        annotations: fc.anything(),
        links: fc.anything(),
        tags: fc.anything(),
      },
      { requiredKeys: [] },
    ),
    spec: fc.anything(),
  }),
) as fc.Arbitrary<Entity>;

/** A `now` between 2020 and 2035. */
export const instant = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) })
  .map(ms => new Date(ms));
