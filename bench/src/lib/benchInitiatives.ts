import type { GeneratedCatalog } from '../catalog/generateCatalog';

/** One `readiness.initiatives` entry, as app-config declares it. */
export interface InitiativeConfig {
  id: string;
  title: string;
  target: { tier: string } | { checks: string[] };
  scope: Record<string, string[]>;
  startDate: string;
  deadline: string;
  owningGroup: string;
}

const TARGETS: InitiativeConfig['target'][] = [
  { tier: 'beta' },
  { tier: 'production' },
  { checks: ['on-call', 'runbook'] },
  { checks: ['alerting', 'dashboard', 'slo'] },
  { checks: ['security-review'] },
];

/**
 * `count` initiatives over the generated organisation, the mix a platform
 * team runs: organisation-wide goals, one per department, one per system
 * or domain, production services, AI components; tier targets and check
 * lists; every one started 30 days ago (so each records its burn-up point
 * on every recompute), deadlines 30 to 120 days ahead.
 */
export function generatedInitiatives(
  count: number,
  catalog: GeneratedCatalog,
  now: Date,
): InitiativeConfig[] {
  const day = (offset: number) =>
    new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const departments = catalog.org
    .filter(e => e.kind === 'Group' && (e.spec as { type?: string }).type === 'department')
    .map(e => `group:default/${e.metadata.name}`);
  const systems = catalog.org.filter(e => e.kind === 'System').map(e => `system:default/${e.metadata.name}`);
  const domains = catalog.org.filter(e => e.kind === 'Domain').map(e => `domain:default/${e.metadata.name}`);
  const scopes: Array<Record<string, string[]>> = [
    { kind: ['Component'] },
    { lifecycle: ['production'] },
    { tag: ['ai'] },
    ...departments.map(owner => ({ owner: [owner] })),
    ...domains.map(domain => ({ domain: [domain] })),
    ...systems.map(system => ({ system: [system] })),
  ];
  return Array.from({ length: count }, (_, i) => ({
    id: `bench-initiative-${i}`,
    title: `Benchmark initiative ${i}`,
    target: TARGETS[i % TARGETS.length],
    scope: scopes[i % scopes.length],
    startDate: day(-30),
    deadline: day(30 + ((i * 7) % 90)),
    owningGroup: 'group:default/org',
  }));
}

/**
 * The initiative endpoints a portal calls, each over every initiative (the
 * list page, an initiative's page with its teams, its entities, its
 * burn-up, its CSV) and, for an entity's tab, the initiatives of a sample
 * of entities.
 */
export function initiativeEndpoints(
  initiatives: InitiativeConfig[],
  entityRefs: string[],
): Record<'list' | 'initiative' | 'entities' | 'history' | 'csv' | 'ofEntity', string[]> {
  const each = (suffix: string) =>
    initiatives.map(i => `/api/readiness/initiatives/${encodeURIComponent(i.id)}${suffix}`);
  return {
    list: ['/api/readiness/initiatives'],
    initiative: each(''),
    entities: each('/entities'),
    history: each('/history'),
    csv: each('/export.csv'),
    ofEntity: entityRefs.slice(0, 200).map(ref => `/api/readiness/initiatives?entityRef=${encodeURIComponent(ref)}`),
  };
}
