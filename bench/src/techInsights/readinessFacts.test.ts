import type { Entity } from '@backstage/catalog-model';
import { readinessFacts } from './readinessFacts';

const now = new Date('2026-06-30T12:00:00Z');
const lookups = {
  groupMembers: new Map([['group:default/team-a', 3]]),
  users: new Set(['user:default/jane']),
};

function component(annotations: Record<string, string>, spec: Record<string, unknown> = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'svc', annotations, links: [{ url: 'https://x.example/rb', type: 'runbook' }] },
    spec: { type: 'service', owner: 'team-a', ...spec },
  };
}

describe('readinessFacts', () => {
  it('classifies annotation values the way the checks need them', () => {
    const facts = readinessFacts(
      component({
        'readiness/rollout-plan': 'https://docs.example/svc',
        'readiness/success-threshold': '>= 99.5%',
        'readiness/slo': 'availability=99.9%; latency-p99=300ms',
        'readiness/success-metric': 'requests within SLO',
        empty: '  ',
      }),
      lookups,
      now,
    );
    expect(facts.annotationKeys).not.toContain('empty');
    expect(facts.urlAnnotationKeys).toEqual(['readiness/rollout-plan']);
    expect(facts.numericAnnotationKeys).toEqual(['readiness/success-threshold', 'readiness/slo']);
    expect(facts.keyValueFields).toEqual(['readiness/slo', 'readiness/slo#availability', 'readiness/slo#latency-p99']);
    expect(facts.linkTypes).toEqual(['runbook']);
  });

  it('resolves the owner group and the operational owner against the catalog', () => {
    expect(readinessFacts(component({ 'readiness/operational-owner': 'user:default/jane' }), lookups, now)).toMatchObject({
      ownerGroupMembers: 3,
      operationalOwnerIsUser: true,
    });
    expect(
      readinessFacts(component({ 'readiness/operational-owner': 'user:default/nobody' }, { owner: 'group:default/gone' }), lookups, now),
    ).toMatchObject({ ownerGroupMembers: -1, operationalOwnerIsUser: false });
  });

  it('turns dates into ages and due dates into days left, -1 when unreadable', () => {
    const facts = readinessFacts(
      component({
        'readiness/runbook-reviewed': '2026-06-20',
        'readiness/last-review': 'last spring',
        'readiness/security-review': 'url=https://sec.example/r; date=2025-06-30',
        'readiness/decision-due': '2026-07-10',
      }),
      lookups,
      now,
    );
    expect(facts).toMatchObject({
      runbookReviewedAgeDays: 10,
      lastReviewAgeDays: -1,
      securityReviewAgeDays: 365,
      decisionDueInDays: 9,
    });
  });
});
