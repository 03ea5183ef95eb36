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

/**
 * A catalog of Groups and Users that holds exactly what it was given: unlike
 * relatedFromFullCatalog, a ref it does not hold resolves to nothing, as in
 * a real catalog. Members are the Users whose spec.memberOf names the group.
 */
export class FixedCatalog {
  constructor(private readonly entities: readonly Entity[]) {}

  /** The same catalog with more entities in it: a catalog change. */
  with(...added: Entity[]): FixedCatalog {
    return new FixedCatalog([...this.entities, ...added]);
  }

  private find(ref: string | undefined): Entity | undefined {
    return ref === undefined
      ? undefined
      : this.entities.find(e => refOf(e) === ref.toLocaleLowerCase('en-US'));
  }

  /** What the backend would look up for the entity, from this catalog only. */
  relatedOf(entity: Entity): RelatedEntities {
    const refs = getRelatedEntityRefs(entity);
    const related: RelatedEntities = {};
    const group = this.find(refs.ownerGroup);
    if (group) {
      related.ownerGroup = group;
      related.ownerGroupMembers = this.entities.filter(
        e =>
          e.kind === 'User' &&
          ((e.spec?.memberOf as string[] | undefined) ?? []).some(
            g => g.toLocaleLowerCase('en-US') === refOf(group),
          ),
      );
    }
    const user = this.find(refs.operationalOwner);
    if (user) related.operationalOwner = user;
    return related;
  }

  /** Whether every group and user the entity names is in this catalog. */
  holdsEverythingNamedBy(entity: Entity): boolean {
    const refs = getRelatedEntityRefs(entity);
    return [refs.ownerGroup, refs.operationalOwner].every(
      ref => ref === undefined || this.find(ref) !== undefined,
    );
  }
}

function refOf(entity: Entity): string {
  return `${entity.kind}:${entity.metadata.namespace ?? 'default'}/${
    entity.metadata.name
  }`.toLocaleLowerCase('en-US');
}

/** A Group or User, by ref; users may name the groups they belong to. */
export function catalogEntity(ref: string, memberOf: string[] = []): Entity {
  const parsed = parseRef(ref)!;
  const kind = parsed.kind === 'group' ? 'Group' : 'User';
  const entity = entityFor(ref, kind);
  return kind === 'User' ? { ...entity, spec: { memberOf } } : entity;
}

/**
 * Deep merge for YAML snippets: objects merge, scalars replace, lists append
 * (adding evidence) or, with `lists: 'replace'`, replace (a snippet's key
 * pasted over the file's, as a person applies a fix).
 */
export function deepMerge(
  target: unknown,
  source: unknown,
  options: { lists: 'append' | 'replace' } = { lists: 'append' },
): unknown {
  if (Array.isArray(source)) {
    return Array.isArray(target) && options.lists === 'append'
      ? [...target, ...source]
      : [...source];
  }
  if (typeof source === 'object' && source !== null) {
    const base =
      typeof target === 'object' && target !== null && !Array.isArray(target)
        ? (target as Record<string, unknown>)
        : {};
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(source)) {
      out[key] = deepMerge(base[key], value, options);
    }
    return out;
  }
  return source;
}
