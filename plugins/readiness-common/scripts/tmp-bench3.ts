/* eslint-disable no-console */
/**
 * Benchmark of the scoring engine (not a test): scores a deterministic
 * 50,000-entity catalog with the default rubric on one core and prints
 * entities per second and heap used. Goal: >= 100,000 evaluations/second.
 *
 *   yarn workspace @readiness-scorecards/plugin-readiness-common bench
 *   node --expose-gc --require @backstage/cli/config/nodeTransform.cjs scripts/bench-engine.ts [--entities 50000] [--rounds 10]
 *
 * The transform compiles TypeScript on the fly (as `backstage-cli package
 * start` does), so the engine runs as the same JavaScript the backend runs.
 *
 * Related catalog entities (owner group, members, operational owner) are
 * built before timing, as the backend looks them up before scoring.
 */
import { cpus, loadavg } from 'node:os';
import type { Entity } from '@backstage/catalog-model';
import {
  compileRubric,
  defaultRubric,
  evaluate,
  scorecardFingerprint,
} from '../src';
import type { RelatedEntities, Scorecard } from '../src';

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

const ENTITIES = argument('entities', 50_000);
const ROUNDS = argument('rounds', 10);
const NOW = new Date('2026-03-01T12:00:00Z');

/** mulberry32: a small seeded PRNG, so every run scores the same catalog. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20260301);
const chance = (p: number) => random() < p;
const pick = <T>(items: readonly T[]): T =>
  items[Math.floor(random() * items.length)];
const day = (offset: number) =>
  new Date(NOW.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

const GROUPS = 400;
const groupEntities = Array.from(
  { length: GROUPS },
  (_, i): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: `team-${i}` },
    spec: { type: 'team', children: [] },
  }),
);
const members = groupEntities.map((_, i) =>
  Array.from(
    { length: 1 + (i % 8) },
    (__, j): Entity => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name: `user-${i}-${j}` },
      spec: {},
    }),
  ),
);

type Maturity = 'idea' | 'pilot' | 'beta' | 'production';

/** One entity with a realistic mix of evidence for its maturity. */
function makeEntity(i: number): { entity: Entity; related: RelatedEntities } {
  const maturity: Maturity = pick([
    'idea',
    'pilot',
    'pilot',
    'beta',
    'beta',
    'production',
    'production',
    'production',
  ]);
  const level = { idea: 0, pilot: 1, beta: 2, production: 3 }[maturity];
  const ai = chance(0.15);
  const type = ai
    ? pick(['ai-service', 'model', 'agent', 'llm'])
    : pick(['service', 'service', 'website', 'library', 'data-pipeline']);
  const groupIndex = Math.floor(random() * GROUPS);
  const name = `svc-${i}`;
  const annotations: Record<string, string> = {
    'backstage.io/managed-by-location': `url:https://git.example.com/${name}/catalog-info.yaml`,
    'github.com/project-slug': `acme/${name}`,
  };
  const links: Array<{ url: string; title: string; type: string }> = [];
  const has = (minLevel: number, p = 0.93) => level >= minLevel && chance(p);
  // Some evidence is stale or malformed, as in real catalogs.
  const reviewDate = () =>
    day(-Math.floor(random() * (chance(0.2) ? 500 : 170)));
  const url = (path: string) =>
    chance(0.03) ? 'see wiki' : `https://wiki.example.com/${name}/${path}`;

  if (has(1)) annotations['backstage.io/techdocs-ref'] = 'dir:.';
  if (has(1)) {
    annotations['readiness/success-metric'] = 'conversion rate';
    annotations['readiness/success-threshold'] = chance(0.05)
      ? 'high'
      : '>= 2.5%';
  }
  if (has(1)) {
    if (chance(0.5))
      links.push({
        url: `https://grafana.example.com/d/${name}`,
        title: 'Dashboard',
        type: 'dashboard',
      });
    else annotations['grafana/dashboard-selector'] = `service=${name}`;
  }
  if (has(2))
    annotations[
      'readiness/operational-owner'
    ] = `user:default/user-${groupIndex}-0`;
  if (has(2))
    annotations[
      pick([
        'pagerduty.com/service-id',
        'opsgenie.com/team',
        'readiness/on-call',
      ])
    ] = `P${i}`;
  if (has(2)) {
    if (chance(0.5))
      links.push({
        url: `https://runbooks.example.com/${name}`,
        title: 'Runbook',
        type: 'runbook',
      });
    else annotations['readiness/runbook'] = url('runbook');
  }
  if (has(2)) {
    annotations['readiness/rollout-stage'] = pick([
      'pilot',
      'canary',
      'limited',
      'ga',
      'ga',
    ]);
    annotations['readiness/rollout-plan'] = url('rollout');
  }
  if (has(2)) annotations['prometheus.io/alert'] = `${name}-alerts`;
  if (has(2, 0.6)) annotations['sentry.io/project-slug'] = name;
  if (has(2))
    annotations['readiness/slo'] = 'availability=99.9%; latency-p99=300ms';
  if (has(2)) annotations['readiness/fallback-plan'] = url('fallback');
  if (has(2)) annotations['snyk.io/org-name'] = 'acme';
  if (type === 'data-pipeline' || ai) {
    if (has(2))
      annotations['readiness/data-access'] =
        'source=warehouse.orders; schedule=hourly; approver=user:default/dpo';
  }
  if (has(3))
    annotations['readiness/runbook-reviewed'] = chance(0.03)
      ? 'last spring'
      : reviewDate();
  if (has(3))
    annotations['readiness/handover'] = `date=${day(
      -30,
    )}; url=https://wiki.example.com/${name}/handover`;
  if (has(3))
    annotations[
      'readiness/security-review'
    ] = `url=https://security.example.com/${name}; date=${reviewDate()}`;
  if (has(3))
    annotations['readiness/cost-per-transaction'] = '0.004 USD @ 50000/day';
  if (has(3)) annotations['readiness/last-review'] = reviewDate();
  if (level >= 3 && chance(0.8))
    annotations['readiness/decision'] = pick([
      'ship',
      'ship',
      'extend',
      'kill',
    ]);
  else if (level >= 1 && chance(0.7))
    annotations['readiness/decision-due'] = day(
      Math.floor(random() * 120) - 40,
    );
  if (ai) {
    if (has(1)) {
      annotations['readiness/ai-eval-metric'] = 'accuracy';
      annotations['readiness/ai-eval-threshold'] = '0.9';
    }
    if (has(2)) annotations['readiness/ai-eval-report'] = url('evals');
    if (has(2)) {
      annotations['readiness/ai-oversight-policy'] = url('oversight');
      annotations['readiness/ai-autonomy'] = pick([
        'suggest',
        'approve',
        'act',
      ]);
    }
    if (has(2)) annotations['readiness/ai-action-log'] = `s3://audit/${name}`;
    if (has(3))
      annotations[
        'readiness/ai-drift-review'
      ] = `forum=ml-review; cadence=monthly; last=${day(
        -Math.floor(random() * 60),
      )}`;
    if (has(3)) annotations['readiness/ai-rollback'] = url('rollback');
  }
  if (chance(0.1)) {
    const check = pick([
      'runbook',
      'on-call',
      'security-review',
      'cost',
      'slo',
      'runbok',
    ]);
    annotations[`readiness/waiver.${check}`] = `until=${day(
      Math.floor(random() * 120) - 20,
    )}; approver=user:default/user-${pick([
      groupIndex,
      0,
    ])}-0; reason=vendor contract pending`;
  }
  const entity: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: chance(0.95) ? 'Component' : 'Resource',
    metadata: {
      name,
      description:
        level >= 1 && chance(0.95) ? `The ${name} service` : undefined,
      annotations,
      links,
      tags: ai ? ['ai', 'python'] : ['java'],
    },
    spec: {
      type,
      owner: `group:default/team-${groupIndex}`,
      lifecycle: pick(['experimental', 'production']),
      ...(level >= 1 && chance(0.93)
        ? { system: `system-${groupIndex % 50}` }
        : {}),
      ...(chance(0.7)
        ? { dependsOn: [`resource:default/db-${i % 1000}`] }
        : {}),
    },
  };
  const related: RelatedEntities = chance(0.97)
    ? {
        ownerGroup: groupEntities[groupIndex],
        ownerGroupMembers: members[groupIndex],
      }
    : {};
  if (annotations['readiness/operational-owner']) {
    related.operationalOwner = members[groupIndex][0];
  }
  return { entity, related };
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function gc() {
  (globalThis as { gc?: () => void }).gc?.();
}

function main() {
  const catalog = Array.from({ length: ENTITIES }, (_, i) => makeEntity(i));
  const compiled = compileRubric(defaultRubric);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;

  // Warm up the JIT on part of the catalog.
  for (let i = 0; i < Math.min(5_000, ENTITIES); i++) {
    evaluate(compiled, {
      entity: catalog[i].entity,
      related: catalog[i].related,
      now: NOW,
    });
  }

  // Wall-clock rates are what a user sees, but on a shared machine other
  // processes steal time; CPU time of this process (all threads, GC helpers
  // included) and of the scoring thread alone show the engine's own cost.
  const rates: number[] = [];
  let checksum = 0;
  let processCpu = 0;
  let threadCpu = 0;
  const threadCpuUsage = (
    process as { threadCpuUsage?: typeof process.cpuUsage }
  ).threadCpuUsage?.bind(process);
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    const threadStart = threadCpuUsage?.();
    for (const { entity, related } of catalog) {
      const card = evaluate(compiled, { entity, related, now: NOW });
      checksum += card.score;
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const cpu = process.cpuUsage(cpuStart);
    processCpu += (cpu.user + cpu.system) / 1e6;
    if (threadStart && threadCpuUsage) {
      const thread = threadCpuUsage(threadStart);
      threadCpu += (thread.user + thread.system) / 1e6;
    }
    rates.push(ENTITIES / seconds);
  }

  // Scoring as the backend does it: score, fingerprint, keep nothing.
  const fpStart = process.hrtime.bigint();
  for (const { entity, related } of catalog) {
    checksum += scorecardFingerprint(
      evaluate(compiled, { entity, related, now: NOW }),
    ).length;
  }
  const fpRate = ENTITIES / (Number(process.hrtime.bigint() - fpStart) / 1e9);

  // Memory held by all scorecards at once (e.g. a full recompute kept in memory).
  gc();
  const kept: Scorecard[] = catalog.map(({ entity, related }) =>
    evaluate(compiled, { entity, related, now: NOW }),
  );
  gc();
  const heapWithScorecards = process.memoryUsage().heapUsed;

  const tiers = new Map<string, number>();
  for (const card of kept)
    tiers.set(card.tier ?? 'none', (tiers.get(card.tier ?? 'none') ?? 0) + 1);
  const sorted = [...rates].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];

  console.log(
    `node ${process.version}, ${cpus()[0]?.model ?? 'unknown cpu'} (${
      cpus().length
    } cores, load average ${loadavg()[0].toFixed(2)}), scoring on one thread`,
  );
  console.log(
    `catalog: ${ENTITIES} entities, ${
      compiled.checks.length
    } checks; tiers reached: ${[...tiers]
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}`,
  );
  console.log(
    `evaluate: median ${Math.round(median).toLocaleString(
      'en-US',
    )} entities/s, best ${Math.round(sorted[sorted.length - 1]).toLocaleString(
      'en-US',
    )}, worst ${Math.round(sorted[0]).toLocaleString(
      'en-US',
    )} (${ROUNDS} rounds)`,
  );
  const perCpu = (cpu: number) =>
    Math.round((ENTITIES * ROUNDS) / cpu).toLocaleString('en-US');
  console.log(
    `evaluate: ${perCpu(
      processCpu,
    )} entities per process CPU-second (all threads, GC helpers included)${
      threadCpu > 0
        ? `, ${perCpu(threadCpu)} per scoring-thread CPU-second`
        : ''
    }`,
  );
  console.log(
    `evaluate + fingerprint: ${Math.round(fpRate).toLocaleString(
      'en-US',
    )} entities/s`,
  );
  console.log(
    `heap used: ${mb(heapBefore)} with the catalog loaded, ${mb(
      heapWithScorecards,
    )} holding all ${ENTITIES} scorecards (${mb(
      ((heapWithScorecards - heapBefore) / ENTITIES) * 1000,
    )} per 1000)${
      (globalThis as { gc?: unknown }).gc
        ? ''
        : ' (run node with --expose-gc for exact figures)'
    }`,
  );
  console.log(
    `goal 100,000 entities/s: ${
      median >= 100_000 ? 'met' : 'NOT met'
    } (checksum ${checksum.toFixed(0)})`,
  );
}

//main();
const catalog = Array.from({ length: 5000 }, (_, i) => makeEntity(i));
const compiled = compileRubric(defaultRubric);
let best = Infinity;
for (let round = 0; round < 80; round++) {
  const t = process.hrtime.bigint();
  for (const { entity, related } of catalog) evaluate(compiled, { entity, related, now: NOW });
  best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e9);
}
console.log('best', Math.round(5000 / best), '/s', (best / 5000 * 1e6).toFixed(2), 'us');
