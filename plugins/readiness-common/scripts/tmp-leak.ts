import { compileRubric, defaultRubric, evaluate } from '../src';
const NOW = new Date('2026-03-01T12:00:00Z');
const c = compileRubric(defaultRubric);
const gc = (globalThis as any).gc;
const entity: any = { apiVersion: 'x', kind: 'Component', metadata: { name: 'svc', annotations: { 'readiness/runbook': 'see wiki', 'readiness/waiver.cost': 'until=2026-03-20; approver=user:default/x; reason=y' } }, spec: { type: 'llm', owner: 'team' } };
for (let round = 0; round < 5; round++) {
  for (let i = 0; i < 50000; i++) evaluate(c, { entity, related: {}, now: NOW });
  gc();
  console.log(round, (process.memoryUsage().heapUsed / 1e6).toFixed(1), 'MB');
}
