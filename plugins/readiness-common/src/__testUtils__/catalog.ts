import type { Entity } from '@backstage/catalog-model';
import type { RelatedEntities } from '../model/evaluation';
import { getRelatedEntityRefs } from '../engine/relatedRefs';
import { parseRef } from '../parsing/entityRefs';

function entityFor(ref: string, kind: 'Group' | 'User'): Entity {
  const parsed = parseRef(ref)!;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name: parsed.name, namespace: parsed.namespace },
    spec: {},
  };
}

/**
 * A catalog in which every group and user an entity names exists, and every
 * group has one member (user:default/member-of-<group>).
 */
export function relatedFromFullCatalog(entity: Entity): RelatedEntities {
  const refs = getRelatedEntityRefs(entity);
  const related: RelatedEntities = {};
  if (refs.ownerGroup) {
    related.ownerGroup = entityFor(refs.ownerGroup, 'Group');
    related.ownerGroupMembers = [
      entityFor(
        `user:default/member-of-${parseRef(refs.ownerGroup)!.name}`,
        'User',
      ),
    ];
  }
  if (refs.operationalOwner) {
    related.operationalOwner = entityFor(refs.operationalOwner, 'User');
  }
  return related;
}

/** Deep merge for YAML snippets: objects merge, lists append, scalars replace. */
export function deepMerge(target: unknown, source: unknown): unknown {
  if (Array.isArray(source)) {
    return Array.isArray(target) ? [...target, ...source] : [...source];
  }
  if (typeof source === 'object' && source !== null) {
    const base =
      typeof target === 'object' && target !== null && !Array.isArray(target)
        ? (target as Record<string, unknown>)
        : {};
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(source)) {
      out[key] = deepMerge(base[key], value);
    }
    return out;
  }
  return source;
}
