import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  RELATION_HAS_MEMBER,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import type { RelatedEntities } from '@readiness-scorecards/plugin-readiness-common';
import { fullRef, normalizeRef } from './entityRefs';
import { GroupHierarchy } from './GroupHierarchy';
import { operationalOwnerRef, ownerGroupRef } from './RelatedEntityLoader';

/**
 * Groups, users and systems held in memory for one recompute, so scoring a
 * page of entities needs no catalog round trip per entity. These kinds are a
 * small share of a catalog; the scored entities themselves are streamed.
 */
export class CatalogIndex {
  static async load(
    catalog: CatalogService,
    credentials: BackstageCredentials,
  ): Promise<CatalogIndex> {
    const byRef = new Map<string, Entity>();
    for await (const page of catalog.streamEntities(
      { filter: { kind: ['Group', 'User', 'System'] } },
      { credentials },
    )) {
      for (const entity of page) {
        byRef.set(normalizeRef(stringifyEntityRef(entity)), entity);
      }
    }
    return new CatalogIndex(byRef);
  }

  private constructor(private readonly byRef: Map<string, Entity>) {}

  relatedOf(entity: Entity): RelatedEntities {
    const ownerRef = ownerGroupRef(entity);
    const ownerGroup = this.get(ownerRef);
    const ownerGroupMembers = (ownerGroup?.relations ?? [])
      .filter(r => r.type === RELATION_HAS_MEMBER)
      .map(r => this.get(r.targetRef))
      .filter((e): e is Entity => !!e);
    const operationalRef = operationalOwnerRef(entity);
    return {
      ownerGroup,
      ownerGroupMembers,
      operationalOwner: this.get(operationalRef),
    };
  }

  /** The domain of the entity's system, for rollups by domain. */
  domainOf(entity: Entity): string | undefined {
    const system = entity.spec?.system;
    if (typeof system !== 'string') return undefined;
    const namespace = entity.metadata.namespace ?? 'default';
    const systemEntity = this.get(
      fullRef(system, 'system', namespace),
    );
    const domain = systemEntity?.spec?.domain;
    return typeof domain === 'string'
      ? fullRef(domain, 'domain', systemEntity?.metadata.namespace ?? namespace)
      : undefined;
  }

  /** The system as a full ref. */
  systemOf(entity: Entity): string | undefined {
    const system = entity.spec?.system;
    return typeof system === 'string'
      ? fullRef(system, 'system', entity.metadata.namespace ?? 'default')
      : undefined;
  }

  /** Every group with its parent, from the groups read for this recompute. */
  groupHierarchy(): GroupHierarchy {
    return new GroupHierarchy(
      [...this.byRef.values()].filter(e => e.kind.toLocaleLowerCase('en-US') === 'group'),
    );
  }

  private get(ref: string | undefined): Entity | undefined {
    return ref ? this.byRef.get(normalizeRef(ref)) : undefined;
  }
}

