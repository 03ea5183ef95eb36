/**
 * Properties of the engine over generated entities: it never throws, it
 * calls malformed evidence invalid and says what it expected, more evidence
 * never lowers the result, and every default fix snippet closes its gap
 * against a catalog that holds only the groups and users it was given.
 */
import fc from 'fast-check';
import type { Entity } from '@backstage/catalog-model';
import { parse } from 'yaml';
import { compileRubric } from './compileRubric';
import { evaluate } from './evaluate';
import { defaultRubric } from '../rubric/defaultRubric';
import type { RelatedEntities } from '../model/evaluation';
import type { Scorecard } from '../model/scorecard';
import {
  catalogEntity,
  deepMerge,
  FixedCatalog,
  relatedFromFullCatalog,
} from '../__testUtils__/catalog';
import { getRelatedEntityRefs } from './relatedRefs';
import {
  garbageEntity,
  instant,
  looseEntity,
} from '../__testUtils__/arbitraries';
import { component, NOW } from '../__testUtils__/fixtures';
import {
  nearMissCost,
  nearMissDate,
  nearMissKeyValueList,
  nearMissNumber,
  nearMissUrl,
  nearMissUserRef,
  nearMissWaiver,
  nearMissWord,
  validShapes,
} from '../__testUtils__/nearMisses';
import { fixTemplateYaml } from '../fixes/compileFix';

const compiled = compileRubric(defaultRubric);
const STATUSES = [
  'pass',
  'fail',
  'warn',
  'waived',
  'not-applicable',
  'invalid',
];
const tierRank = (card: Scorecard) =>
  card.tier === null ? -1 : compiled.tiers.findIndex(t => t.id === card.tier);

const relatedArb = (
  entity: Entity,
): fc.Arbitrary<RelatedEntities | undefined> =>
  fc.oneof(
    fc.constant(undefined),
    fc.constant({}),
    fc.constant(relatedFromFullCatalog(entity)),
    fc.record(
      {
        ownerGroup: fc.anything(),
        ownerGroupMembers: fc.anything(),
        operationalOwner: fc.anything(),
      },
      { requiredKeys: [] },
    ) as fc.Arbitrary<RelatedEntities>,
  );

function checkOf(card: Scorecard, id: string) {
  return card.checks.find(c => c.checkId === id)!;
}

describe('engine properties', () => {
  it('never throws, and always returns a well-formed scorecard', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(looseEntity, garbageEntity)
          .chain(entity =>
            fc.tuple(fc.constant(entity), relatedArb(entity as Entity)),
          ),
        instant,
        ([entity, related], now) => {
          const card = evaluate(compiled, { entity, related, now });
          expect(card.checks).toHaveLength(compiled.checks.length);
          for (const check of card.checks) {
            expect(STATUSES).toContain(check.status);
            expect(typeof check.message).toBe('string');
            expect(check.message).not.toContain('internal error');
          }
          expect(card.score).toBeGreaterThanOrEqual(0);
          expect(card.score).toBeLessThanOrEqual(100);
          expect(JSON.parse(JSON.stringify(card))).toEqual(card);
        },
      ),
      { numRuns: 400 },
    );
  });

  describe('malformed evidence is invalid and says what is expected', () => {
    // Near misses from a grammar of their own (nearMisses.ts), not random
    // strings filtered by the parsers under test.
    const notUrl = nearMissUrl;
    const notDate = nearMissDate;
    const notNumber = nearMissNumber;
    const notIn = nearMissWord;
    const notUser = nearMissUserRef;
    const blank = fc.stringMatching(/^\s*$/);
    const notList = nearMissKeyValueList;
    const nonString = fc.oneof(
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string()),
      fc.object(),
    );

    const cases: Array<
      [string, string, fc.Arbitrary<string>, Record<string, string>?]
    > = [
      ['runbook', 'readiness/runbook', notUrl],
      ['fallback', 'readiness/fallback-plan', notUrl],
      ['alerting', 'readiness/alerts', notUrl],
      ['ai-eval-report', 'readiness/ai-eval-report', notUrl],
      ['ai-rollback', 'readiness/ai-rollback', notUrl],
      [
        'rollout',
        'readiness/rollout-plan',
        notUrl,
        { 'readiness/rollout-stage': 'ga' },
      ],
      [
        'rollout',
        'readiness/rollout-stage',
        notIn(['pilot', 'canary', 'limited', 'ga']),
        { 'readiness/rollout-plan': 'https://x.example.com' },
      ],
      [
        'ai-oversight',
        'readiness/ai-autonomy',
        notIn(['suggest', 'approve', 'act']),
        { 'readiness/ai-oversight-policy': 'https://x.example.com' },
      ],
      ['decision', 'readiness/decision', notIn(['ship', 'kill', 'extend'])],
      ['decision', 'readiness/decision-due', notDate],
      ['dependencies', 'readiness/no-dependencies', notIn(['true'])],
      ['runbook-fresh', 'readiness/runbook-reviewed', notDate],
      ['review', 'readiness/last-review', notDate],
      [
        'success-metric',
        'readiness/success-threshold',
        notNumber,
        { 'readiness/success-metric': 'conversion' },
      ],
      [
        'ai-eval',
        'readiness/ai-eval-threshold',
        notNumber,
        { 'readiness/ai-eval-metric': 'accuracy' },
      ],
      ['operational-owner', 'readiness/operational-owner', notUser],
      // A near-miss URL is no date=...; url=... list either.
      ['handover', 'readiness/handover', notUrl],
      ['slo', 'readiness/slo', notList],
      ['security-review', 'readiness/security-review', notList],
      ['data-access', 'readiness/data-access', notList],
      ['ai-drift-review', 'readiness/ai-drift-review', notList],
      ['cost', 'readiness/cost-per-transaction', nearMissCost],
      ['on-call', 'pagerduty.com/service-id', blank],
      ['error-tracking', 'sentry.io/project-slug', blank],
      ['scanning', 'snyk.io/org-name', blank],
      ['dashboard', 'grafana/overview-dashboard', blank],
      ['ai-action-log', 'readiness/ai-action-log', blank],
      ['docs', 'backstage.io/techdocs-ref', blank],
    ];

    it.each(cases)('%s: %s', (id, key, malformed, rest = {}) => {
      fc.assert(
        fc.property(
          fc.oneof(
            { weight: 4, arbitrary: malformed },
            { weight: 1, arbitrary: nonString },
          ),
          value => {
            const entity = component({
              annotations: { ...rest, [key]: value as string },
              spec: { type: 'llm' },
            });
            const result = checkOf(
              evaluate(compiled, {
                entity,
                related: relatedFromFullCatalog(entity),
                now: NOW,
              }),
              id,
            );
            expect(result.status).toBe('invalid');
            expect(result.message).toContain('expected');
          },
        ),
      );
    });

    it('the near misses are one mistake from values that pass', () => {
      const valid: Array<
        [string, string, fc.Arbitrary<string>, Record<string, string>?]
      > = [
        ['runbook', 'readiness/runbook', validShapes.url],
        ['review', 'readiness/last-review', validShapes.date],
        [
          'success-metric',
          'readiness/success-threshold',
          validShapes.number,
          { 'readiness/success-metric': 'conversion' },
        ],
        ['slo', 'readiness/slo', validShapes.slo],
        ['cost', 'readiness/cost-per-transaction', validShapes.cost],
      ];
      for (const [id, key, shape, rest = {}] of valid) {
        fc.assert(
          fc.property(shape, value => {
            const entity = component({
              annotations: { ...rest, [key]: value },
              spec: { type: 'llm' },
            });
            const result = checkOf(
              evaluate(compiled, { entity, related: {}, now: NOW }),
              id,
            );
            expect({ id, value, invalid: result.status === 'invalid' }).toEqual(
              {
                id,
                value,
                invalid: false,
              },
            );
          }),
          { numRuns: 50 },
        );
      }
      const waived = checkOf(
        evaluate(compiled, {
          entity: component({
            annotations: {
              'readiness/waiver.runbook': fc.sample(validShapes.waiver, 1)[0],
            },
            spec: { type: 'llm' },
          }),
          related: {},
          now: NOW,
        }),
        'runbook',
      );
      expect(waived.status).toBe('waived');
    });

    it('a malformed waiver on a failing check is invalid', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...compiled.checks.map(c => c.id)),
          fc.oneof(nearMissWaiver, nonString),
          (id, value) => {
            const entity = component({
              annotations: { [`readiness/waiver.${id}`]: value as string },
              spec: { type: 'llm', owner: 'user:x' },
            });
            const result = checkOf(
              evaluate(compiled, { entity, related: {}, now: NOW }),
              id,
            );
            const passedAnyway =
              result.status === 'pass' || result.status === 'warn';
            expect(
              passedAnyway ||
                (result.status === 'invalid' &&
                  result.message.includes('expected')),
            ).toBe(true);
          },
        ),
      );
    });
  });

  it('adding evidence never lowers the tier or the score', () => {
    // Evidence: the annotations and links of the default fix snippets, each
    // of which satisfies its check, plus ecosystem annotations.
    const items = compiled.checks.flatMap(check => {
      const snippet =
        parse(
          fixTemplateYaml(check.definition.fix ?? {})
            .replace(/\{\{name\}\}/g, 'svc')
            .replace(/\{\{today\}\}/g, '2026-03-01'),
        ) ?? {};
      const metadata = (snippet.metadata ?? {}) as {
        annotations?: Record<string, string>;
        links?: unknown[];
      };
      return metadata.annotations || metadata.links
        ? [
            {
              annotations: metadata.annotations ?? {},
              links: metadata.links ?? [],
            },
          ]
        : [];
    });
    items.push(
      { annotations: { 'pagerduty.com/service-id': 'PABC' }, links: [] },
      {
        annotations: {},
        links: [{ url: 'https://r.example.com', type: 'runbook' }],
      },
      {
        annotations: { 'grafana/alert-label-selector': 'service=x' },
        links: [],
      },
    );
    fc.assert(
      fc.property(
        looseEntity,
        fc.subarray(items, { minLength: 1 }),
        fc.boolean(),
        (entity, evidence, online) => {
          let more: unknown = entity;
          for (const item of evidence) {
            more = deepMerge(more, {
              metadata: { annotations: item.annotations, links: item.links },
            });
          }
          const now = new Date('2026-03-01T12:00:00Z');
          const before = evaluate(compiled, {
            entity,
            related: online ? relatedFromFullCatalog(entity) : undefined,
            now,
          });
          const after = evaluate(compiled, {
            entity: more as Entity,
            related: online
              ? relatedFromFullCatalog(more as Entity)
              : undefined,
            now,
          });
          expect(after.score).toBeGreaterThanOrEqual(before.score);
          expect(tierRank(after)).toBeGreaterThanOrEqual(tierRank(before));
        },
      ),
      { numRuns: 300 },
    );
  });

  describe('fix snippets, against a catalog that invents nothing', () => {
    /**
     * The groups and users that exist. The generated entities name some of
     * them (group:default/payments, user:default/jane) and many that do not.
     */
    const CATALOG = new FixedCatalog([
      catalogEntity('group:default/payments'),
      catalogEntity('group:fin/payments'), // exists, but has no members
      catalogEntity('user:default/jane', ['group:default/payments']),
      catalogEntity('user:default/dpo', ['group:default/payments']),
      catalogEntity('user:default/cto'),
    ]);
    /** Checks whose fix names a group or user that must then be in the catalog. */
    const NEEDS_CATALOG_CHANGE = ['owner-group', 'operational-owner'];

    /** A failing entity with the check's fix merged in, or undefined when it passes. */
    function failingAndFixed(loose: Entity, id: string, now: Date) {
      // Keep it in scope and an AI system so that every check applies.
      const entity = deepMerge(loose, {
        kind: 'Component',
        spec: { type: 'llm' },
      }) as Entity;
      const before = checkOf(
        evaluate(compiled, { entity, related: CATALOG.relatedOf(entity), now }),
        id,
      );
      if (before.status === 'pass') return undefined;
      expect(before.fix).toBeDefined();
      return {
        entity,
        // Pasted over the entity's keys: a list the fix names (dependsOn,
        // links) is replaced, as a person pasting the snippet would, so a
        // placeholder left in the old list does not hide whether the fix works.
        fixed: deepMerge(entity, parse(before.fix!.yaml), {
          lists: 'replace',
        }) as Entity,
      };
    }

    it.each(
      compiled.checks
        .map(c => c.id)
        .filter(id => !NEEDS_CATALOG_CHANGE.includes(id)),
    )(
      'the fix snippet of %s, merged into a failing entity, makes it pass with the catalog as it is',
      id => {
        fc.assert(
          fc.property(looseEntity, instant, (loose, now) => {
            const failing = failingAndFixed(loose, id, now);
            fc.pre(failing !== undefined);
            const { entity, fixed } = failing!;
            // The fix names no group or user the entity did not name already.
            expect(getRelatedEntityRefs(fixed)).toEqual(
              getRelatedEntityRefs(entity),
            );
            const after = checkOf(
              evaluate(compiled, {
                entity: fixed,
                related: CATALOG.relatedOf(fixed),
                now,
              }),
              id,
            );
            expect([after.status, after.message]).toEqual([
              'pass',
              after.message,
            ]);
          }),
          { numRuns: 150 },
        );
      },
    );

    it.each(NEEDS_CATALOG_CHANGE)(
      'the fix snippet of %s names a group or user the catalog lacks: it passes once that exists, with a member',
      id => {
        fc.assert(
          fc.property(looseEntity, instant, (loose, now) => {
            const failing = failingAndFixed(loose, id, now);
            fc.pre(failing !== undefined);
            const { fixed } = failing!;
            const evaluateIn = (catalog: FixedCatalog) =>
              checkOf(
                evaluate(compiled, {
                  entity: fixed,
                  related: catalog.relatedOf(fixed),
                  now,
                }),
                id,
              );
            // As the fix's note says, the snippet alone is not enough.
            expect(CATALOG.holdsEverythingNamedBy(fixed)).toBe(false);
            expect(evaluateIn(CATALOG).status).not.toBe('pass');
            // The catalog change: the group (with a member) or the user.
            const refs = getRelatedEntityRefs(fixed);
            const added = [
              ...(refs.ownerGroup
                ? [
                    catalogEntity(refs.ownerGroup),
                    catalogEntity('user:default/new-member', [refs.ownerGroup]),
                  ]
                : []),
              ...(refs.operationalOwner
                ? [catalogEntity(refs.operationalOwner)]
                : []),
            ];
            const after = evaluateIn(CATALOG.with(...added));
            expect([after.status, after.message]).toEqual([
              'pass',
              after.message,
            ]);
          }),
          { numRuns: 150 },
        );
      },
    );
  });
});
