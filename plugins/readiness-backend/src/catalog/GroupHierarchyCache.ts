import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { KeyedMemo } from '../lib/KeyedMemo';
import { GroupHierarchy } from './GroupHierarchy';
import { principalKey } from './principalKey';

/**
 * The group hierarchy as each principal sees it, kept for a few seconds.
 * Loading every group is one catalog request per rollup otherwise; a group
 * whose visibility changes shows up (or goes) within `ttlMs`. Only group
 * structure is cached here; which entities count is decided per request.
 */
export class GroupHierarchyCache {
  private readonly hierarchies: KeyedMemo<string, Promise<GroupHierarchy>>;

  constructor(
    private readonly catalog: CatalogService,
    ttlMs = 30_000,
    now: () => number = Date.now,
    maxPrincipals = 1000,
  ) {
    this.hierarchies = new KeyedMemo({
      name: 'group hierarchies',
      maxEntries: maxPrincipals,
      ttlMs,
      now,
    });
  }

  load(credentials: BackstageCredentials): Promise<GroupHierarchy> {
    return this.hierarchies.getOrLoad(principalKey(credentials), () =>
      GroupHierarchy.load(this.catalog, credentials),
    );
  }
}
