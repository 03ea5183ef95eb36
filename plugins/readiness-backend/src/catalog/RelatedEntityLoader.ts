import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  RELATION_HAS_MEMBER,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { normalizeRef } from './entityRefs';
import { PeopleCache } from './PeopleCache';
import { principalKey } from './principalKey';
import { CoalescingBatcher } from '../lib/CoalescingBatcher';
import { KeyedMemo } from '../lib/KeyedMemo';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  getRelatedEntityRefs,
  RelatedEntities,
} from '@readiness-scorecards/plugin-readiness-common';

/**
 * Loads an entity with what the engine needs besides it (the owner group, its
 * members and the operational owner), as the given credentials see them.
 *
 * Every catalog call is a Backstage request of its own (token, HTTP,
 * compression), so the people found around an entity last time (by any
 * caller: they are only refs, and each caller's by-refs call returns what
 * that caller may read) are asked for together with the entity: usually one
 * by-refs call. Whatever changed since is fetched in at most two more. Concurrent loads by the same principal share
 * by-refs calls, and the people around an entity (owner group, members,
 * operational owner) are taken from that principal's reads of the last few
 * seconds (PeopleCache).
 */
export class RelatedEntityLoader {
  private readonly byRefs: CoalescingBatcher<string, Entity, BackstageCredentials>;
  /**
   * Entity ref to the refs of its owner group, members and operational
   * owner when last loaded. No time bound: a hint out of date costs one more
   * catalog call, never a wrong answer.
   */
  private readonly hints: KeyedMemo<string, string[]>;

  constructor(
    catalog: Pick<CatalogService, 'getEntitiesByRefs'>,
    private readonly people: PeopleCache = new PeopleCache(),
    maxHints = 50_000,
  ) {
    this.hints = new KeyedMemo({ name: 'related-entity hints', maxEntries: maxHints });
    this.byRefs = new CoalescingBatcher(async (refs, credentials) => {
      const { items } = await catalog.getEntitiesByRefs(
        { entityRefs: refs },
        { credentials },
      );
      const found = new Map<string, Entity>();
      for (const item of items) {
        if (item) found.set(normalizeRef(stringifyEntityRef(item)), item);
      }
      return found;
    });
  }

  async loadEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<{ entity: Entity; related: RelatedEntities }> {
    const found = new Map<string, Entity>();
    const asked = new Set<string>();
    const principal = principalKey(credentials);
    const mainRef = normalizeRef(entityRef);
    const fetch = async (refs: string[]) => {
      let missing = [...new Set(refs.map(normalizeRef))].filter(r => !asked.has(r));
      missing.forEach(r => asked.add(r));
      // The entity itself is always read live; its people may come from
      // this principal's recent reads.
      const remembered = this.people.get(principal, missing.filter(r => r !== mainRef));
      for (const [ref, entity] of remembered) {
        if (entity) found.set(ref, entity);
      }
      missing = missing.filter(r => !remembered.has(r));
      if (missing.length === 0) return;
      // The batch may hold other requests' entities: take only ours.
      const batch = await this.byRefs.load(principal, missing, credentials);
      const people = new Map<string, Entity | null>();
      for (const ref of missing) {
        const entity = batch.get(ref);
        if (entity) found.set(ref, entity);
        if (ref !== mainRef) people.set(ref, entity ?? null);
      }
      this.people.set(principal, people);
    };

    await fetch([entityRef, ...(this.hints.get(mainRef) ?? [])]);
    const entity = found.get(normalizeRef(entityRef));
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef} found in the catalog`);
    }
    const refs = getRelatedEntityRefs(entity);
    await fetch([refs.ownerGroup, refs.operationalOwner].filter(isString));
    const ownerGroup = refs.ownerGroup ? found.get(normalizeRef(refs.ownerGroup)) : undefined;
    const memberRefs = (ownerGroup?.relations ?? [])
      .filter(r => r.type === RELATION_HAS_MEMBER)
      .map(r => r.targetRef);
    await fetch(memberRefs);
    this.hints.set(
      mainRef,
      [refs.ownerGroup, refs.operationalOwner, ...memberRefs].filter(isString),
    );

    return {
      entity,
      related: {
        ownerGroup,
        ownerGroupMembers: memberRefs
          .map(ref => found.get(normalizeRef(ref)))
          .filter((e): e is Entity => !!e),
        operationalOwner: refs.operationalOwner
          ? found.get(normalizeRef(refs.operationalOwner))
          : undefined,
      },
    };
  }
}

function isString(value: string | undefined): value is string {
  return typeof value === 'string';
}


/** The owner as a full ref, as the engine reads it. */
export function ownerGroupRef(entity: Entity): string | undefined {
  const relation = entity.relations?.find(r => r.type === RELATION_OWNED_BY);
  return relation?.targetRef ?? getRelatedEntityRefs(entity).ownerGroup;
}

export function operationalOwnerRef(entity: Entity): string | undefined {
  return getRelatedEntityRefs(entity).operationalOwner;
}
