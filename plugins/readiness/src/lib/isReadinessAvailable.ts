import type { Entity } from '@backstage/catalog-model';

/** Kinds the Readiness tab and card are shown for. */
export const READINESS_KINDS = ['component', 'resource', 'api'];

/**
 * True for the kinds readiness is scored for; for `EntitySwitch.Case if=...`
 * in apps on the legacy frontend system.
 *
 * @public
 */
export function isReadinessAvailable(entity: Entity): boolean {
  return READINESS_KINDS.includes(entity.kind.toLocaleLowerCase('en-US'));
}
