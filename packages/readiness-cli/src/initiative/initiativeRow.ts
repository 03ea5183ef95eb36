import type { Entity } from '@backstage/catalog-model';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  getRelatedEntityRefs,
  meetsTier,
} from '@readiness-scorecards/plugin-readiness-common';
import type {
  InitiativeRow,
  Scorecard,
} from '@readiness-scorecards/plugin-readiness-common';

/** A ref in full and lower case (the catalog compares refs without case), or undefined when malformed. */
export function normalRef(
  value: string,
  defaultKind: string,
  defaultNamespace: string,
): string | undefined {
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultKind, defaultNamespace }),
    ).toLocaleLowerCase('en-US');
  } catch {
    return undefined;
  }
}

/** The entity's system as a full ref, as the backend's recompute resolves it. */
export function systemRefOf(entity: Entity): string | undefined {
  const system = entity.spec?.system;
  return typeof system === 'string'
    ? normalRef(system, 'system', entity.metadata.namespace ?? 'default')
    : undefined;
}

/** The owner group, from the ownedBy relation (catalog output) or spec.owner (a file). */
export function ownerRefOf(entity: Entity): string | undefined {
  const relation = entity.relations?.find(r => r.type === 'ownedBy');
  const owner = relation?.targetRef ?? getRelatedEntityRefs(entity).ownerGroup;
  return owner?.toLocaleLowerCase('en-US');
}

/**
 * What the backend stores of an entity for initiatives, from the entity in
 * a file and its scorecard: the scope's columns, the tier and the failing
 * checks (waived, warning and not applicable ones meet their tier).
 */
export function initiativeRowOf(
  entity: Entity,
  scorecard: Scorecard,
  domain: string | undefined,
): InitiativeRow {
  const spec = entity.spec ?? {};
  return {
    entityRef: scorecard.entityRef,
    kind: entity.kind,
    type: typeof spec.type === 'string' ? spec.type : undefined,
    lifecycle: typeof spec.lifecycle === 'string' ? spec.lifecycle : undefined,
    owner: ownerRefOf(entity),
    system: systemRefOf(entity),
    domain,
    tags: (entity.metadata.tags ?? []).filter(
      (t): t is string => typeof t === 'string',
    ),
    tier: scorecard.tier,
    failingChecks: scorecard.checks
      .filter(c => !meetsTier(c.status))
      .map(c => c.checkId),
  };
}
