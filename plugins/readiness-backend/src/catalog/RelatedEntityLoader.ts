import {
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  RELATION_HAS_MEMBER,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import type { RelatedEntities } from '@readiness-scorecards/plugin-readiness-common';

const OPERATIONAL_OWNER_ANNOTATION = 'readiness/operational-owner';

/**
 * Loads what the engine needs besides the entity itself: the owner group with
 * its members and the operational owner, as the given credentials see them.
 */
export class RelatedEntityLoader {
  constructor(private readonly catalog: CatalogService) {}

  async load(
    entity: Entity,
    credentials: BackstageCredentials,
  ): Promise<RelatedEntities> {
    const ownerRef = ownerGroupRef(entity);
    const operationalRef = operationalOwnerRef(entity);
    const wanted = [ownerRef, operationalRef].filter(
      (ref): ref is string => !!ref,
    );
    const { items } = wanted.length
      ? await this.catalog.getEntitiesByRefs(
          { entityRefs: wanted },
          { credentials },
        )
      : { items: [] };
    const byRef = new Map<string, Entity>();
    for (const item of items) {
      if (item) byRef.set(stringifyEntityRef(item), item);
    }

    const ownerGroup = ownerRef ? byRef.get(ownerRef) : undefined;
    const memberRefs = (ownerGroup?.relations ?? [])
      .filter(r => r.type === RELATION_HAS_MEMBER)
      .map(r => r.targetRef);
    const members = memberRefs.length
      ? (
          await this.catalog.getEntitiesByRefs(
            { entityRefs: memberRefs },
            { credentials },
          )
        ).items.filter((e): e is Entity => !!e)
      : [];

    return {
      ownerGroup,
      ownerGroupMembers: members,
      operationalOwner: operationalRef ? byRef.get(operationalRef) : undefined,
    };
  }
}

/** The owner as a full ref: the ownedBy relation, else spec.owner. */
export function ownerGroupRef(entity: Entity): string | undefined {
  const relation = entity.relations?.find(r => r.type === RELATION_OWNED_BY);
  if (relation) return relation.targetRef;
  const owner = entity.spec?.owner;
  return typeof owner === 'string' ? safeRef(owner, 'group', entity) : undefined;
}

export function operationalOwnerRef(entity: Entity): string | undefined {
  const value = entity.metadata.annotations?.[OPERATIONAL_OWNER_ANNOTATION];
  return value ? safeRef(value, 'user', entity) : undefined;
}

function safeRef(value: string, defaultKind: string, entity: Entity) {
  try {
    return stringifyEntityRef(
      parseEntityRef(value, {
        defaultKind,
        defaultNamespace: entity.metadata.namespace ?? 'default',
      }),
    );
  } catch {
    // Malformed refs are reported by the engine as invalid evidence.
    return undefined;
  }
}
