import type { Entity } from '@backstage/catalog-model';
import { createRandom } from './random';

/** The annotation that tells which simulated day last changed an entity. */
export const DAY_ANNOTATION = 'bench.readiness/day';

/**
 * Evidence a day's change adds when missing and removes when present, so
 * that every change of a Component changes its readiness result (the worst
 * case for a store that writes only what changed).
 */
const TOGGLED_EVIDENCE: [string, (name: string) => string][] = [
  ['sentry.io/project-slug', name => name],
  ['pagerduty.com/service-id', name => `P-${name}`],
  ['readiness/slo', () => 'availability=99.9%; latency-p99=300ms'],
  ['readiness/fallback-plan', name => `https://docs.acme.example/${name}/fallback`],
  ['snyk.io/org-name', () => 'acme'],
  ['readiness/rollout-plan', name => `https://docs.acme.example/${name}/rollout`],
  ['readiness/last-review', () => new Date().toISOString().slice(0, 10)],
];

/**
 * Picks the chunks (files) of scored entities that change on `day` (1-based):
 * `perDay` chunks, deterministic for a seed, different from day to day.
 */
export function chunksChangingOn(day: number, chunkCount: number, perDay: number, seed = 42): number[] {
  const random = createRandom(seed * 1000 + day);
  const picked = new Set<number>();
  while (picked.size < Math.min(perDay, chunkCount)) {
    picked.add(random.int(0, chunkCount - 1));
  }
  return [...picked].sort((a, b) => a - b);
}

/**
 * Changes one entity in place as a team would on `day`: one piece of
 * readiness evidence added or removed, and the day recorded.
 */
export function mutateEntity(entity: Entity, day: number, position: number): void {
  const annotations = { ...(entity.metadata.annotations ?? {}) };
  if (entity.kind === 'Component') {
    const [key, value] = TOGGLED_EVIDENCE[(day + position) % TOGGLED_EVIDENCE.length];
    if (key in annotations) {
      delete annotations[key];
    } else {
      annotations[key] = value(entity.metadata.name);
    }
  }
  annotations[DAY_ANNOTATION] = String(day);
  entity.metadata.annotations = annotations;
}
