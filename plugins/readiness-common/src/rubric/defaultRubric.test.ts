import type { Entity } from '@backstage/catalog-model';
import { parse } from 'yaml';
import { compileRubric } from '../engine/compileRubric';
import { evaluate } from '../engine/evaluate';
import type { RelatedEntities } from '../model/evaluation';
import type { CheckResult } from '../model/scorecard';
import { renderAnnotationsDoc } from '../docs/renderAnnotationsDoc';
import { deepMerge, relatedFromFullCatalog } from '../__testUtils__/catalog';
import { component, daysFromNow, NOW, user } from '../__testUtils__/fixtures';
import type { ComponentOptions } from '../__testUtils__/fixtures';
import {
  AI_TYPES,
  DASHBOARD_KEYS,
  defaultRubric,
  ON_CALL_KEYS,
} from './defaultRubric';

const compiled = compileRubric(defaultRubric);

/** An AI service with no evidence, so every default check applies and fails. */
function bare(options: ComponentOptions = {}): Entity {
  return component({ ...options, spec: { type: 'llm', ...options.spec } });
}

function check(
  entity: Entity,
  id: string,
  related: RelatedEntities | undefined = relatedFromFullCatalog(entity),
): CheckResult {
  const result = evaluate(compiled, { entity, related, now: NOW }).checks.find(
    c => c.checkId === id,
  );
  if (!result) throw new Error(`no check ${id}`);
  return result;
}

const url = 'https://x.example.com/doc';
const a = (annotations: Record<string, string>): ComponentOptions => ({
  annotations,
});

interface Case {
  id: string;
  pass: ComponentOptions[];
  invalid?: [ComponentOptions, string];
  fail?: ComponentOptions;
}

const cases: Case[] = [
  {
    id: 'owner-group',
    pass: [{}],
    invalid: [
      { spec: { owner: 'a:b:c' } },
      'spec.owner is "a:b:c", expected a group ref such as group:default/payments',
    ],
    fail: { spec: { owner: 'user:default/jane' } },
  },
  {
    id: 'operational-owner',
    pass: [a({ 'readiness/operational-owner': 'user:default/jane' })],
    invalid: [
      a({ 'readiness/operational-owner': 'Jane Doe' }),
      'readiness/operational-owner is "Jane Doe", expected a user ref such as user:default/jane',
    ],
  },
  {
    id: 'system',
    pass: [{ spec: { system: 'payments' } }],
    fail: { spec: { system: '' } },
  },
  {
    id: 'on-call',
    pass: ON_CALL_KEYS.map(key => a({ [key]: 'PABC123' })),
    invalid: [
      a({ 'pagerduty.com/service-id': '' }),
      'pagerduty.com/service-id is "", expected a non-empty string',
    ],
  },
  {
    id: 'runbook',
    pass: [
      a({ 'readiness/runbook': 'https://runbooks.example.com/p' }),
      { links: [{ url: 'https://runbooks.example.com/p', type: 'runbook' }] },
    ],
    invalid: [
      a({ 'readiness/runbook': 'see wiki' }),
      'readiness/runbook is "see wiki", expected a URL starting with https://',
    ],
  },
  {
    id: 'runbook-fresh',
    pass: [a({ 'readiness/runbook-reviewed': daysFromNow(-30) })],
    invalid: [
      a({ 'readiness/runbook-reviewed': 'last spring' }),
      'readiness/runbook-reviewed is "last spring", expected a date YYYY-MM-DD',
    ],
    fail: a({ 'readiness/runbook-reviewed': daysFromNow(-181) }),
  },
  {
    id: 'rollout',
    pass: ['pilot', 'canary', 'limited', 'ga'].map(stage =>
      a({ 'readiness/rollout-stage': stage, 'readiness/rollout-plan': url }),
    ),
    invalid: [
      a({ 'readiness/rollout-stage': 'beta', 'readiness/rollout-plan': url }),
      'readiness/rollout-stage is "beta", expected one of pilot, canary, limited, ga',
    ],
    fail: a({ 'readiness/rollout-stage': 'ga' }),
  },
  {
    id: 'handover',
    pass: [
      a({ 'readiness/handover': url }),
      a({ 'readiness/handover': `date=${daysFromNow(-3)}; url=${url}` }),
    ],
    invalid: [
      a({ 'readiness/handover': `date=${daysFromNow(-3)}` }),
      'readiness/handover is',
    ],
  },
  {
    id: 'dashboard',
    pass: [
      ...DASHBOARD_KEYS.map(key => a({ [key]: 'payments' })),
      { links: [{ url, type: 'dashboard' }] },
    ],
    invalid: [
      a({ 'grafana/dashboard-selector': ' ' }),
      'grafana/dashboard-selector is " ", expected a non-empty string',
    ],
  },
  {
    id: 'alerting',
    pass: [
      ...[
        'grafana/alert-label-selector',
        'prometheus.io/alert',
        'opsgenie.com/component-selector',
      ].map(key => a({ [key]: 'service=payments' })),
      a({ 'readiness/alerts': url }),
    ],
    invalid: [
      a({ 'readiness/alerts': 'pagerduty' }),
      'readiness/alerts is "pagerduty", expected a URL starting with https://',
    ],
  },
  {
    id: 'error-tracking',
    pass: [
      a({ 'sentry.io/project-slug': 'payments' }),
      a({ 'rollbar.com/project-slug': 'payments' }),
    ],
    invalid: [
      a({ 'sentry.io/project-slug': '' }),
      'sentry.io/project-slug is "", expected a non-empty string',
    ],
  },
  {
    id: 'slo',
    pass: [
      a({ 'readiness/slo': 'availability=99.9%; latency-p99=300ms' }),
      { links: [{ url, type: 'slo' }] },
    ],
    invalid: [a({ 'readiness/slo': '99.9' }), 'readiness/slo is "99.9"'],
  },
  {
    id: 'fallback',
    pass: [a({ 'readiness/fallback-plan': url })],
    invalid: [
      a({ 'readiness/fallback-plan': 'tbd' }),
      'readiness/fallback-plan is "tbd" (a placeholder, not a value), expected a URL starting with https://',
    ],
  },
  {
    id: 'dependencies',
    pass: [
      { spec: { dependsOn: ['resource:default/payments-db'] } },
      a({ 'readiness/no-dependencies': 'true' }),
    ],
    invalid: [
      a({ 'readiness/no-dependencies': 'yes' }),
      'readiness/no-dependencies is "yes", expected one of true',
    ],
  },
  {
    id: 'scanning',
    pass: [
      'snyk.io/org-name',
      'sonarqube.org/project-key',
      'readiness/scanning',
    ].map(key => a({ [key]: 'payments' })),
    invalid: [
      a({ 'snyk.io/org-name': '' }),
      'snyk.io/org-name is "", expected a non-empty string',
    ],
  },
  {
    id: 'security-review',
    pass: [
      a({
        'readiness/security-review': `url=${url}; date=${daysFromNow(-100)}`,
      }),
    ],
    invalid: [
      a({ 'readiness/security-review': `url=${url}` }),
      'readiness/security-review is "url=https://x.example.com/doc" (date is missing), expected "url=https://...; date=YYYY-MM-DD"',
    ],
    fail: a({
      'readiness/security-review': `url=${url}; date=${daysFromNow(-366)}`,
    }),
  },
  {
    id: 'data-access',
    pass: [
      a({
        'readiness/data-access':
          'source=warehouse.orders; schedule=hourly; approver=user:default/dpo',
      }),
    ],
    invalid: [
      a({ 'readiness/data-access': 'warehouse' }),
      'readiness/data-access is "warehouse" ("warehouse" is not a key=value pair), expected "source=<text>; schedule=<text>; approver=<text>"',
    ],
  },
  {
    id: 'docs',
    pass: [
      {
        annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
        description: 'Takes payments',
      },
    ],
    invalid: [
      { annotations: { 'backstage.io/techdocs-ref': '' }, description: 'x' },
      'backstage.io/techdocs-ref is "", expected a non-empty string',
    ],
    fail: a({ 'backstage.io/techdocs-ref': 'dir:.' }),
  },
  {
    id: 'success-metric',
    pass: [
      a({
        'readiness/success-metric': 'conversion',
        'readiness/success-threshold': '>= 2.5%',
      }),
    ],
    invalid: [
      a({
        'readiness/success-metric': 'conversion',
        'readiness/success-threshold': 'high',
      }),
      'readiness/success-threshold is "high", expected a number',
    ],
    fail: a({ 'readiness/success-metric': 'conversion' }),
  },
  {
    id: 'cost',
    pass: ['0.004 USD @ 50000/day', '1.2 EUR @ 3k/month'].map(v =>
      a({ 'readiness/cost-per-transaction': v }),
    ),
    invalid: [
      a({ 'readiness/cost-per-transaction': 'cheap' }),
      'readiness/cost-per-transaction is "cheap", expected <amount> <currency> @ <volume>/<period>, such as 0.004 USD @ 50000/day',
    ],
  },
  {
    id: 'decision',
    pass: [
      a({ 'readiness/decision': 'kill' }),
      a({ 'readiness/decision-due': daysFromNow(30) }),
    ],
    invalid: [
      a({ 'readiness/decision': 'maybe' }),
      'readiness/decision is "maybe", expected one of ship, kill, extend',
    ],
    fail: a({ 'readiness/decision-due': daysFromNow(-10) }),
  },
  {
    id: 'review',
    pass: [a({ 'readiness/last-review': daysFromNow(-10) })],
    invalid: [
      a({ 'readiness/last-review': 'yesterday' }),
      'readiness/last-review is "yesterday", expected a date YYYY-MM-DD',
    ],
    fail: a({ 'readiness/last-review': daysFromNow(-400) }),
  },
  {
    id: 'ai-eval',
    pass: [
      a({
        'readiness/ai-eval-metric': 'accuracy',
        'readiness/ai-eval-threshold': '0.9',
      }),
    ],
    invalid: [
      a({
        'readiness/ai-eval-metric': 'accuracy',
        'readiness/ai-eval-threshold': 'good',
      }),
      'readiness/ai-eval-threshold is "good", expected a number',
    ],
    fail: a({ 'readiness/ai-eval-threshold': '0.9' }),
  },
  {
    id: 'ai-eval-report',
    pass: [a({ 'readiness/ai-eval-report': url })],
    invalid: [
      a({ 'readiness/ai-eval-report': 'tbd' }),
      'readiness/ai-eval-report is "tbd" (a placeholder, not a value), expected a URL',
    ],
  },
  {
    id: 'ai-oversight',
    pass: ['suggest', 'approve', 'act'].map(v =>
      a({ 'readiness/ai-oversight-policy': url, 'readiness/ai-autonomy': v }),
    ),
    invalid: [
      a({
        'readiness/ai-oversight-policy': url,
        'readiness/ai-autonomy': 'full',
      }),
      'readiness/ai-autonomy is "full", expected one of suggest, approve, act',
    ],
    fail: a({ 'readiness/ai-autonomy': 'act' }),
  },
  {
    id: 'ai-action-log',
    pass: [a({ 'readiness/ai-action-log': 's3://audit/payments' })],
    invalid: [
      a({ 'readiness/ai-action-log': '' }),
      'readiness/ai-action-log is "", expected a non-empty string',
    ],
  },
  {
    id: 'ai-drift-review',
    pass: [
      a({
        'readiness/ai-drift-review': `forum=ml-review; cadence=monthly; last=${daysFromNow(
          -20,
        )}`,
      }),
    ],
    invalid: [
      a({
        'readiness/ai-drift-review': `forum=ml-review; cadence=whenever; last=${daysFromNow(
          -20,
        )}`,
      }),
      'readiness/ai-drift-review has cadence="whenever", expected a cadence',
    ],
    fail: a({
      'readiness/ai-drift-review': `forum=ml-review; cadence=monthly; last=${daysFromNow(
        -50,
      )}`,
    }),
  },
  {
    id: 'ai-rollback',
    pass: [a({ 'readiness/ai-rollback': url })],
    invalid: [
      a({ 'readiness/ai-rollback': 'tbd' }),
      'readiness/ai-rollback is "tbd" (a placeholder, not a value), expected a URL',
    ],
  },
];

describe('default rubric', () => {
  it('has every check of the rubric reference, docs/annotations.md (plus ai-eval-report, the beta half of ai-eval)', () => {
    expect(defaultRubric.checks.map(c => c.id).sort()).toEqual(
      cases.map(c => c.id).sort(),
    );
    expect(
      defaultRubric.checks.map(c => `${c.id} ${c.tier}/${c.severity}`),
    ).toEqual([
      'owner-group pilot/blocker',
      'operational-owner beta/blocker',
      'system pilot/major',
      'on-call beta/blocker',
      'runbook beta/blocker',
      'runbook-fresh production/major',
      'rollout beta/major',
      'handover production/major',
      'dashboard pilot/major',
      'alerting beta/blocker',
      'error-tracking beta/minor',
      'slo beta/major',
      'fallback beta/major',
      'dependencies pilot/minor',
      'scanning beta/major',
      'security-review production/blocker',
      'data-access beta/major',
      'docs pilot/major',
      'success-metric pilot/blocker',
      'cost production/major',
      'decision production/blocker',
      'review production/major',
      'ai-eval pilot/blocker',
      'ai-eval-report beta/blocker',
      'ai-oversight beta/blocker',
      'ai-action-log beta/blocker',
      'ai-drift-review production/major',
      'ai-rollback production/major',
    ]);
  });

  describe.each(cases)('$id', ({ id, pass, invalid, fail }) => {
    it('passes with its evidence', () => {
      for (const options of pass) {
        const result = check(bare(options), id);
        expect([result.status, result.message]).toEqual([
          'pass',
          result.message,
        ]);
        expect(result.fix).toBeUndefined();
      }
    });

    it('fails without evidence, with a fix and a doc link', () => {
      const result =
        id === 'owner-group' ? check(bare(), id, {}) : check(bare(), id);
      expect(result.status).toBe('fail');
      expect(result.fix?.docUrl).toBe(`docs/annotations.md#${id}`);
      expect(check(bare(fail), id).status).toBe('fail');
    });

    if (invalid) {
      it('is invalid with malformed evidence, saying what is expected', () => {
        const result = check(bare(invalid[0]), id);
        expect(result.status).toBe('invalid');
        expect(result.message).toContain(invalid[1]);
        expect(result.message).toContain('expected');
      });
    }

    it('passes once its fix snippet is merged into a failing entity', () => {
      const failing = bare(fail);
      const fix = check(failing, id, id === 'owner-group' ? {} : undefined)
        .fix!;
      const fixed = deepMerge(failing, parse(fix.yaml)) as Entity;
      expect(check(fixed, id).status).toBe('pass');
    });
  });

  describe('SLO values', () => {
    const QUANTITY =
      'expected a number with a unit or percent, such as 99.9%, 300ms or p99 < 2s';

    it.each([
      ['availability=ninety-nine', 'availability="ninety-nine"'],
      ['availability=99.9', 'availability="99.9"'],
      ['availability=99.9%; latency-p99=fast', 'latency-p99="fast"'],
    ])('%s is invalid, saying what an objective is', (value, which) => {
      const result = check(bare(a({ 'readiness/slo': value })), 'slo');
      expect([result.status, result.message]).toEqual([
        'invalid',
        `readiness/slo has ${which}, ${QUANTITY}`,
      ]);
    });

    it.each(['availability=99.9%', 'latency-p99=300ms', 'latency=p99 < 2s'])(
      '%s passes',
      value => {
        expect(check(bare(a({ 'readiness/slo': value })), 'slo').status).toBe(
          'pass',
        );
      },
    );

    it('is documented in docs/annotations.md in the words of the message', () => {
      const doc = renderAnnotationsDoc(defaultRubric);
      const slo = doc.slice(
        doc.indexOf('### slo:'),
        doc.indexOf('### fallback:'),
      );
      expect(slo).toContain(
        `each value ${QUANTITY.replace(
          'expected ',
          '',
        )} (availability=99.9%; latency-p99=300ms)`,
      );
    });
  });

  it('applies the AI checks only to AI systems', () => {
    const service = component();
    expect(check(service, 'ai-eval').status).toBe('not-applicable');
    for (const type of AI_TYPES) {
      expect(check(component({ spec: { type } }), 'ai-eval').status).toBe(
        'fail',
      );
    }
    expect(check(component({ tags: ['ML'] }), 'ai-rollback').status).toBe(
      'fail',
    );
  });

  it('applies data-access to data and AI types or entities depending on a resource', () => {
    expect(check(component(), 'data-access').status).toBe('not-applicable');
    expect(
      check(component({ spec: { type: 'data-pipeline' } }), 'data-access')
        .status,
    ).toBe('fail');
    expect(
      check(
        component({ spec: { dependsOn: ['resource:default/orders-db'] } }),
        'data-access',
      ).status,
    ).toBe('fail');
  });

  it('scores only Components by default', () => {
    const api: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'API',
      metadata: { name: 'x' },
      spec: {},
    };
    expect(evaluate(compiled, { entity: api, now: NOW }).inScope).toBe(false);
  });

  it('routes operational gaps to the operational owner', () => {
    const entity = bare(
      a({ 'readiness/operational-owner': 'user:default/jane' }),
    );
    const card = evaluate(compiled, {
      entity,
      related: { operationalOwner: user('jane') },
      now: NOW,
    });
    const actor = (id: string) =>
      card.checks.find(c => c.checkId === id)!.actor;
    expect(actor('runbook')).toBe('user:default/jane');
    expect(actor('on-call')).toBe('user:default/jane');
    expect(actor('docs')).toBe('group:default/payments');
  });

  it('takes a fully evidenced AI service to production', () => {
    const annotations = {
      'readiness/operational-owner': 'user:default/jane',
      'pagerduty.com/service-id': 'PABC123',
      'readiness/runbook': url,
      'readiness/runbook-reviewed': daysFromNow(-10),
      'readiness/rollout-stage': 'ga',
      'readiness/rollout-plan': url,
      'readiness/handover': url,
      'grafana/dashboard-selector': 'payments',
      'prometheus.io/alert': 'payments',
      'readiness/slo': 'availability=99.9%',
      'readiness/fallback-plan': url,
      'readiness/no-dependencies': 'true',
      'snyk.io/org-name': 'acme',
      'readiness/security-review': `url=${url}; date=${daysFromNow(-10)}`,
      'readiness/data-access':
        'source=a; schedule=daily; approver=user:default/dpo',
      'backstage.io/techdocs-ref': 'dir:.',
      'readiness/success-metric': 'conversion',
      'readiness/success-threshold': '2%',
      'readiness/cost-per-transaction': '0.004 USD @ 50000/day',
      'readiness/decision': 'ship',
      'readiness/last-review': daysFromNow(-10),
      'readiness/ai-eval-metric': 'accuracy',
      'readiness/ai-eval-threshold': '0.9',
      'readiness/ai-eval-report': url,
      'readiness/ai-oversight-policy': url,
      'readiness/ai-autonomy': 'suggest',
      'readiness/ai-action-log': 's3://audit',
      'readiness/ai-drift-review': `forum=ml; cadence=monthly; last=${daysFromNow(
        -5,
      )}`,
      'readiness/ai-rollback': url,
    };
    const entity = bare({
      annotations,
      description: 'Answers questions',
      spec: { system: 'support' },
    });
    const card = evaluate(compiled, {
      entity,
      related: relatedFromFullCatalog(entity),
      now: NOW,
    });
    expect(
      card.checks
        .filter(c => c.status !== 'pass')
        .map(c => `${c.checkId}: ${c.message}`),
    ).toEqual([expect.stringMatching(/^error-tracking/)]);
    expect(card).toMatchObject({
      tier: 'production',
      nextTier: null,
      blockers: [],
    });
    expect(card.decision).toEqual({ state: 'ship', message: 'decided: ship' });
    expect(card.score).toBeGreaterThan(98);
  });
});
