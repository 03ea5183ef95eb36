import type { Entity } from '@backstage/catalog-model';
import { createRandom, Random } from './random';

export interface GenerateCatalogOptions {
  /** Components, resources and APIs together (the scored entities). */
  entities: number;
  seed?: number;
  /** Dated evidence is placed relative to this day. */
  now: Date;
}

export interface GeneratedCatalog {
  /** Organisation, departments, teams, users, domains, systems. */
  org: Entity[];
  /** Components, resources and APIs. */
  scored: Entity[];
}

type Profile = 'production' | 'beta' | 'pilot' | 'bare';

const TYPES = ['service', 'service', 'service', 'website', 'library', 'data-pipeline', 'ai-service', 'agent', 'model'];
const AI_TYPES = new Set(['ai-service', 'agent', 'model']);

/**
 * A deterministic synthetic catalog with a realistic mix of readiness
 * evidence: about 20% production-ready, 30% beta, 35% pilot (some stuck with
 * an overdue decision), 15% with nothing at all; teams of one to six people
 * under departments under one organisation.
 */
export function generateCatalog(options: GenerateCatalogOptions): GeneratedCatalog {
  const random = createRandom(options.seed ?? 42);
  const day = (offset: number) =>
    new Date(options.now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

  const teamCount = Math.max(4, Math.round(options.entities / 25));
  const departmentCount = Math.max(2, Math.round(teamCount / 8));
  const systemCount = Math.max(3, Math.round(options.entities / 50));
  const org: Entity[] = [];

  org.push(group('org', 'organization', undefined, departmentNames(departmentCount)));
  for (let d = 0; d < departmentCount; d++) {
    const teams = teamNames(teamCount).filter((_, t) => t % departmentCount === d);
    org.push(group(`department-${d}`, 'department', 'org', teams));
  }
  const users: { name: string; team: string }[] = [];
  for (let t = 0; t < teamCount; t++) {
    const team = `team-${t}`;
    org.push(group(team, 'team', `department-${t % departmentCount}`, []));
    const size = random.chance(0.1) ? 1 : random.int(2, 6);
    for (let u = 0; u < size; u++) {
      users.push({ name: `user-${t}-${u}`, team });
    }
  }
  for (const user of users) {
    org.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name: user.name },
      spec: { profile: { displayName: user.name, email: `${user.name}@acme.example` }, memberOf: [user.team] },
    });
  }
  for (let d = 0; d < 5; d++) {
    org.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Domain',
      metadata: { name: `domain-${d}` },
      spec: { owner: `group:default/department-${d % departmentCount}` },
    });
  }
  for (let s = 0; s < systemCount; s++) {
    org.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: { name: `system-${s}` },
      spec: { owner: `group:default/team-${s % teamCount}`, domain: `domain-${s % 5}` },
    });
  }

  const scored: Entity[] = [];
  for (let i = 0; i < options.entities; i++) {
    const teamIndex = random.int(0, teamCount - 1);
    const team = `team-${teamIndex}`;
    const teamUsers = users.filter(u => u.team === team);
    const roll = random.next();
    if (roll < 0.1) {
      scored.push(resource(i, team, random));
    } else if (roll < 0.15) {
      scored.push(api(i, team, random));
    } else {
      scored.push(component(i, team, teamUsers, systemCount, random, day));
    }
  }
  return { org, scored };
}

/** 20% production-ready, 30% beta, 35% pilot, 15% nothing at all. */
function pickProfile(roll: number): Profile {
  if (roll < 0.2) return 'production';
  if (roll < 0.5) return 'beta';
  if (roll < 0.85) return 'pilot';
  return 'bare';
}

function departmentNames(count: number) {
  return Array.from({ length: count }, (_, d) => `department-${d}`);
}

function teamNames(count: number) {
  return Array.from({ length: count }, (_, t) => `team-${t}`);
}

function group(name: string, type: string, parent: string | undefined, children: string[]): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name },
    spec: { type, ...(parent ? { parent } : {}), children, profile: { displayName: name, email: `${name}@acme.example` } },
  };
}

function resource(i: number, team: string, random: Random): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name: `resource-${i}` },
    spec: { type: random.pick(['database', 'kafka-topic', 's3-bucket']), owner: `group:default/${team}` },
  };
}

function api(i: number, team: string, random: Random): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: { name: `api-${i}`, description: 'A generated API' },
    spec: {
      type: 'openapi',
      lifecycle: random.pick(['production', 'experimental']),
      owner: `group:default/${team}`,
      definition: 'openapi: 3.0.0\ninfo: { title: generated, version: "1" }\npaths: {}\n',
    },
  };
}

function component(
  i: number,
  team: string,
  teamUsers: { name: string }[],
  systemCount: number,
  random: Random,
  day: (offset: number) => string,
): Entity {
  const profile = pickProfile(random.next());
  const type = random.pick(TYPES);
  const name = `service-${i}`;
  const annotations: Record<string, string> = {};
  const links: { url: string; title: string; type: string }[] = [];
  const url = (what: string) => `https://${what}.acme.example/${name}`;

  if (profile !== 'bare') {
    annotations['backstage.io/techdocs-ref'] = 'dir:.';
    annotations['readiness/success-metric'] = 'requests served within SLO';
    annotations['readiness/success-threshold'] = '>= 99%';
    annotations['grafana/dashboard-selector'] = `service=${name}`;
    if (AI_TYPES.has(type)) {
      annotations['readiness/ai-eval-metric'] = 'accuracy on the golden set';
      annotations['readiness/ai-eval-threshold'] = '>= 0.9';
    }
  }
  if (profile === 'pilot') {
    annotations['readiness/decision-due'] = random.chance(0.4) ? day(-random.int(10, 200)) : day(random.int(10, 120));
  }
  if (profile === 'beta' || profile === 'production') {
    const owner = teamUsers.length ? random.pick(teamUsers).name : 'nobody';
    annotations['readiness/operational-owner'] = `user:default/${owner}`;
    annotations['pagerduty.com/service-id'] = `P${i}`;
    annotations['grafana/alert-label-selector'] = `service=${name}`;
    annotations['sentry.io/project-slug'] = name;
    annotations['snyk.io/org-name'] = 'acme';
    annotations['readiness/rollout-stage'] = profile === 'production' ? 'ga' : 'limited';
    annotations['readiness/rollout-plan'] = url('docs');
    annotations['readiness/slo'] = 'availability=99.9%; latency-p99=300ms';
    annotations['readiness/fallback-plan'] = url('docs');
    links.push({ url: url('runbooks'), title: 'Runbook', type: 'runbook' });
    if (type === 'data-pipeline' || AI_TYPES.has(type)) {
      annotations['readiness/data-access'] = `source=warehouse; schedule=daily; approver=user:default/${owner}`;
    }
    if (AI_TYPES.has(type)) {
      annotations['readiness/ai-eval-report'] = url('evals');
      annotations['readiness/ai-oversight-policy'] = url('docs');
      annotations['readiness/ai-autonomy'] = 'approve';
      annotations['readiness/ai-action-log'] = `audit-log://ai/${name}`;
    }
  }
  if (profile === 'production') {
    annotations['readiness/runbook-reviewed'] = day(-random.int(1, 150));
    annotations['readiness/handover'] = url('docs');
    annotations['readiness/security-review'] = `url=${url('security')}; date=${day(-random.int(1, 300))}`;
    annotations['readiness/cost-per-transaction'] = '0.004 USD @ 50000/day';
    annotations['readiness/decision'] = 'ship';
    annotations['readiness/last-review'] = day(-random.int(1, 300));
    if (AI_TYPES.has(type)) {
      annotations['readiness/ai-drift-review'] = `forum=ml-review; cadence=monthly; last=${day(-random.int(1, 40))}`;
      annotations['readiness/ai-rollback'] = url('docs');
    }
  }
  if (random.chance(0.05)) {
    annotations['readiness/runbook-reviewed'] = 'last spring';
  }
  if (random.chance(0.05)) {
    annotations['readiness/waiver.security-review'] = `until=${day(random.chance(0.5) ? -20 : 40)}; approver=user:default/user-0-0; reason=vendor contract pending`;
  }

  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      ...(profile === 'bare' ? {} : { description: `Generated ${type} ${i}` }),
      annotations,
      ...(links.length ? { links } : {}),
      tags: AI_TYPES.has(type) ? ['ai'] : [],
    },
    spec: {
      type,
      lifecycle: profile === 'production' ? 'production' : 'experimental',
      owner: `group:default/${team}`,
      system: `system-${random.int(0, systemCount - 1)}`,
      ...(profile === 'bare' ? {} : { dependsOn: [`resource:default/resource-${random.int(0, Math.max(0, i))}`] }),
    },
  };
}
