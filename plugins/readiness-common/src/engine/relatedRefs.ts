import type { Entity } from '@backstage/catalog-model';
import type { EntityView } from '../model/evaluation';
import { parseUserRef, refString } from '../parsing/entityRefs';
import { readAnnotation } from '../rules/outcome';
import { createEntityView } from './entityView';

/** The annotation naming the person who runs the entity after launch. */
export const OPERATIONAL_OWNER_ANNOTATION = 'readiness/operational-owner';

/** The normalised operational owner ref, or undefined when unset or malformed. */
export function operationalOwnerRefOf(view: EntityView): string | undefined {
  const value = readAnnotation(view, OPERATIONAL_OWNER_ANNOTATION);
  if (typeof value !== 'string') {
    return undefined;
  }
  const parsed = parseUserRef(value, view.namespace, view);
  return parsed ? refString(parsed) : undefined;
}

/**
 * The catalog entities a caller should look up before `evaluate`: the owner
 * group (and then its members) and the operational owner. Refs are
 * normalised; a missing or malformed value is left out.
 */
export function getRelatedEntityRefs(entity: Entity): {
  ownerGroup?: string;
  operationalOwner?: string;
} {
  const view = createEntityView(entity, undefined, new Date(0));
  const refs: { ownerGroup?: string; operationalOwner?: string } = {};
  if (view.ownerRef?.startsWith('group:')) {
    refs.ownerGroup = view.ownerRef;
  }
  const operationalOwner = operationalOwnerRefOf(view);
  if (operationalOwner) {
    refs.operationalOwner = operationalOwner;
  }
  return refs;
}
