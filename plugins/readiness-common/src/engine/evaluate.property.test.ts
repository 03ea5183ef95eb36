/**
 * Properties of the engine over generated entities: it never throws, it
 * calls malformed evidence invalid and says what it expected, more evidence
 * never lowers the result, and every default fix snippet closes its gap.
 */
import fc from 'fast-check';
import type { Entity } from '@backstage/catalog-model';
import { parse } from 'yaml';
import { compileRubric } from './compileRubric';
import { evaluate } from './evaluate';
import { defaultRubric } from '../rubric/defaultRubric';
import type { RelatedEntities } from '../model/evaluation';
import type { Scorecard } from '../model/scorecard';
import { deepMerge, relatedFromFullCatalog } from '../__testUtils__/catalog';
import {
  garbageEntity,
  instant,
  looseEntity,
} from '../__testUtils__/arbitraries';
import { component, NOW } from '../__testUtils__/fixtures';
import { isHttpUrl } from '../parsing/formats';
import { parseDay } from '../parsing/dates';
import { parseNumberValue } from '../parsing/numbers';
import { parseRef } from '../parsing/entityRefs';
import { parseKeyValueList } from '../parsing/keyValue';
import { parseWaiver } from '../waivers/parseWaiver';
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
    const notUrl = fc.string().filter(s => !isHttpUrl(s));
    const notDate = fc.string().filter(s => parseDay(s) === undefined);
    const notNumber = fc.string().filter(s => !parseNumberValue(s));
    const notIn = (values: string[]) =>
      fc.string().filter(s => !values.includes(s.trim().toLowerCase()));
    const notUser = fc
      .string()
      .filter(s => parseRef(s, { kind: 'user' })?.kind !== 'user');
    const blank = fc.stringMatching(/^\s*$/);
    const notList = fc.string().filter(s => !parseKeyValueList(s).ok);
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
      [
        'handover',
        'readiness/handover',
        notUrl.filter(s => !/date=/i.test(s) || !parseKeyValueList(s).ok),
      ],
      ['slo', 'readiness/slo', notList],
      ['security-review', 'readiness/security-review', notList],
      ['data-access', 'readiness/data-access', notList],
      ['ai-drift-review', 'readiness/ai-drift-review', notList],
      [
        'cost',
        'readiness/cost-per-transaction',
        fc.string().filter(s => !/@/.test(s)),
      ],
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

    it('a malformed waiver on a failing check is invalid', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...compiled.checks.map(c => c.id)),
          fc.oneof(fc.string(), nonString).filter(v => !parseWaiver('w', v).ok),
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

  it.each(compiled.checks.map(c => c.id))(
    'the fix snippet of %s, merged into a failing entity, makes it pass',
    id => {
      fc.assert(
        fc.property(looseEntity, instant, (loose, now) => {
          // Keep it in scope and an AI system so that every check applies.
          const entity = deepMerge(loose, {
            kind: 'Component',
            spec: { type: 'llm' },
          }) as Entity;
          const before = checkOf(
            evaluate(compiled, {
              entity,
              related: relatedFromFullCatalog(entity),
              now,
            }),
            id,
          );
          fc.pre(before.status !== 'pass');
          expect(before.fix).toBeDefined();
          const fixed = deepMerge(entity, parse(before.fix!.yaml)) as Entity;
          const after = checkOf(
            evaluate(compiled, {
              entity: fixed,
              related: relatedFromFullCatalog(fixed),
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
});
