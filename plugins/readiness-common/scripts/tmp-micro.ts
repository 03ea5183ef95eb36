import { compileRubric, defaultRubric, evaluate, createEntityView } from '../src';
import type { Entity } from '@backstage/catalog-model';
const NOW = new Date('2026-03-01T12:00:00Z');
const entities: Entity[] = [];
for (let i = 0; i < 20000; i++) {
  entities.push({ apiVersion: 'x', kind: 'Component', metadata: { name: `svc-${i}`, description: 'd', annotations: {
    'backstage.io/techdocs-ref': 'dir:.', 'readiness/success-metric': 'x', 'readiness/success-threshold': '2%',
    'pagerduty.com/service-id': 'P1', 'readiness/runbook': 'https://x.example.com/a', 'readiness/runbook-reviewed': '2026-01-01',
    'readiness/security-review': 'url=https://x.example.com; date=2025-09-01', 'readiness/decision-due': '2026-05-01',
    'github.com/project-slug': 'a/b', 'backstage.io/managed-by-location': 'url:https://x',
  }, links: [{ url: 'https://g.example.com', type: 'dashboard', title: 'd' }], tags: ['java'] },
  spec: { type: 'service', owner: 'group:default/team-1', lifecycle: 'production', system: 's', dependsOn: ['component:x'] } });
}
const related = { ownerGroup: { apiVersion: 'x', kind: 'Group', metadata: { name: 'team-1' } }, ownerGroupMembers: [{ apiVersion: 'x', kind: 'User', metadata: { name: 'u' } }] } as any;
function time(label: string, rubricChecks: typeof defaultRubric.checks, f?: (e: Entity) => void) {
  const c = compileRubric({ ...defaultRubric, checks: rubricChecks });
  const run = f ?? ((e: Entity) => evaluate(c, { entity: e, related, now: NOW }));
  for (let r = 0; r < 2; r++) for (const e of entities) run(e);
  const t = process.hrtime.bigint(); const cpu0 = process.cpuUsage();
  for (let r = 0; r < 10; r++) for (const e of entities) run(e);
  const s = Number(process.hrtime.bigint() - t) / 1e9; const cu = process.cpuUsage(cpu0); const cs = (cu.user + cu.system) / 1e6;
  console.log(label.padEnd(30), Math.round(200000 / s).toLocaleString(), '/s', (s / 200000 * 1e6).toFixed(2), 'us', 'cpu:', Math.round(200000 / cs).toLocaleString(), '/s');
}
//time('view only', [], e => createEntityView(e, related, NOW));
//time('0 checks', [defaultRubric.checks[0]].slice(0, 0).concat(defaultRubric.checks.slice(0,1)));
//for (const c of defaultRubric.checks) time(`only ${c.id}`, [c]);
time('all', defaultRubric.checks);
