import { Entity } from '@backstage/catalog-model';
import { KeyedMemo } from '../lib/KeyedMemo';

/**
 * Groups and users (an entity's owner group, its members, its operational
 * owner) as one principal saw them in the catalog, for a few seconds. Many
 * services share a team, so a burst of scorecard requests asks the catalog
 * for each team once instead of once per service. Entities the principal
 * could not see are remembered as absent, so they stay hidden.
 */
export class PeopleCache {
  /** By principal and entity ref: the entity, or null when it was not visible. */
  private readonly people: KeyedMemo<string, Entity | null>;

  constructor(
    ttlMs = 10_000,
    maxEntries = 50_000,
    now: () => number = Date.now,
  ) {
    this.people = new KeyedMemo({ name: 'people', maxEntries, ttlMs, now });
  }

  /** The fresh entries for these refs: an entity, or null when it was not visible. */
  get(principal: string, refs: string[]): Map<string, Entity | null> {
    const known = new Map<string, Entity | null>();
    for (const ref of refs) {
      const entity = this.people.get(keyOf(principal, ref));
      if (entity !== undefined) known.set(ref, entity);
    }
    return known;
  }

  set(principal: string, found: Map<string, Entity | null>): void {
    for (const [ref, entity] of found) {
      this.people.set(keyOf(principal, ref), entity);
    }
  }
}

/** Entity refs hold no line breaks, so the key is unambiguous. */
function keyOf(principal: string, ref: string): string {
  return `${principal}\n${ref}`;
}
