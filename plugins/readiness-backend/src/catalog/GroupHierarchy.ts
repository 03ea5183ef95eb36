import { createHash } from 'node:crypto';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { fullRef, normalizeRef } from './entityRefs';

/**
 * The groups a caller can see, with their parents, so a rollup by owner
 * counts a team's services in its department and organisation too.
 */
export class GroupHierarchy {
  static async load(
    catalog: CatalogService,
    credentials: BackstageCredentials,
  ): Promise<GroupHierarchy> {
    const { items } = await catalog.getEntities(
      {
        filter: { kind: 'group' },
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.title',
          'spec.parent',
          'spec.profile.displayName',
        ],
      },
      { credentials },
    );
    return new GroupHierarchy(items);
  }

  private readonly parentOf = new Map<string, string>();
  private readonly titles = new Map<string, string>();

  constructor(groups: Entity[]) {
    for (const group of groups) {
      const ref = normalizeRef(stringifyEntityRef(group));
      const profile = group.spec?.profile as { displayName?: string } | undefined;
      const title = profile?.displayName ?? group.metadata.title;
      this.titles.set(ref, title ?? group.metadata.name);
      const parent = group.spec?.parent;
      // A malformed parent is the catalog's to report; the group stays a root.
      const parentRef =
        typeof parent === 'string'
          ? fullRef(parent, 'group', group.metadata.namespace ?? 'default')
          : undefined;
      if (parentRef) {
        this.parentOf.set(ref, normalizeRef(parentRef));
      }
    }
  }

  /** The group and every visible group above it; hidden groups are left out. */
  chainOf(groupRef: string): string[] {
    const chain: string[] = [];
    const seen = new Set<string>();
    let current: string | undefined = normalizeRef(groupRef);
    while (current && !seen.has(current)) {
      seen.add(current);
      if (this.titles.has(current)) chain.push(current);
      current = this.parentOf.get(current);
    }
    return chain;
  }

  /**
   * The rollup keys an owner's entities count under: the owner and every
   * visible group above it. An owner the caller cannot see as a group is
   * still a key of its own: its entities are readable, and the ref is
   * written on each of them.
   */
  ownerKeysOf(ownerRef: string): string[] {
    const chain = this.chainOf(ownerRef);
    return chain.length ? chain : [normalizeRef(ownerRef)];
  }

  /** True when `groupRef` is `ancestorRef` or below it. */
  isWithin(groupRef: string, ancestorRef: string): boolean {
    const ancestor = normalizeRef(ancestorRef);
    return (
      normalizeRef(groupRef) === ancestor ||
      this.chainOf(groupRef).includes(ancestor)
    );
  }

  private cachedFingerprint?: string;

  /** Changes when any visible group, title or parent changes. */
  fingerprint(): string {
    // Hashed: it is part of cache keys looked up on every rollup request.
    this.cachedFingerprint ??= createHash('sha256')
      .update(JSON.stringify([...this.parentOf.entries(), ...this.titles.entries()]))
      .digest('base64url');
    return this.cachedFingerprint;
  }

  titleOf(groupRef: string): string | undefined {
    return this.titles.get(normalizeRef(groupRef));
  }
}

