import { compileRubric, defaultRubric, evaluate } from '../src';
import type { Entity } from '@backstage/catalog-model';
const NOW = new Date('2026-03-01T12:00:00Z');
const entities: Entity[] = [];
for (let i = 0; i < 5000; i++) {
  entities.push({ apiVersion: 'x', kind: 'Component', metadata: { name: `svc-${i}`, description: 'd', annotations: {
    'backstage.io/techdocs-ref': 'dir:.', 'readiness/success-metric': 'x', 'readiness/success-threshold': '2%',
    'pagerduty.com/service-id': 'P1', 'readiness/runbook': 'https://x.example.com/a', 'readiness/runbook-reviewed': '2026-01-01',
    'readiness/security-review': 'url=https://x.example.com; date=2025-09-01', 'readiness/decision-due': '2026-05-01',
    'github.com/project-slug': 'a/b', 'backstage.io/managed-by-location': 'url:https://x',
    ...(i % 3 === 0 ? { 'readiness/ai-drift-review': 'forum=x; cadence=monthly; last=2026-02-01', 'readiness/ai-eval-metric': 'a' } : {}),
  }, links: [{ url: 'https://g.example.com', type: 'dashboard', title: 'd' }], tags: i % 3 === 0 ? ['ai'] : ['java'] },
  spec: { type: 'service', owner: 'group:default/team-1', lifecycle: 'production', system: 's', dependsOn: ['component:x'] } });
}
const related = { ownerGroup: { apiVersion: 'x', kind: 'Group', metadata: { name: 'team-1' } }, ownerGroupMembers: [{ apiVersion: 'x', kind: 'User', metadata: { name: 'u' } }] } as any;
const c = compileRubric(defaultRubric);
for (let r = 0; r < 5; r++) for (const e of entities) evaluate(c, { entity: e, related, now: NOW });
let best = Infinity;
for (let r = 0; r < 60; r++) {
  const t = process.hrtime.bigint();
  for (const e of entities) evaluate(c, { entity: e, related, now: NOW });
  best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e9);
}
console.log('best', Math.round(entities.length / best).toLocaleString(), '/s', (best / entities.length * 1e6).toFixed(2), 'us');
