import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';

/** Every entity, no filtering needed. */
export const ALL_VISIBLE = 'all' as const;

/**
 * Which stored entities a caller may read. When the policy allows every
 * catalog read outright, no catalog call is needed; when it is conditional,
 * the catalog itself applies the conditions with the caller's credentials.
 */
export class VisibleEntities {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      permissions: PermissionsService;
      kinds: string[];
    },
  ) {}

  async of(
    credentials: BackstageCredentials,
  ): Promise<typeof ALL_VISIBLE | Set<string>> {
    const [decision] = await this.deps.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) {
      return ALL_VISIBLE;
    }
    const visible = new Set<string>();
    if (decision.result === AuthorizeResult.DENY) {
      return visible;
    }
    for await (const page of this.deps.catalog.streamEntities(
      {
        filter: { kind: this.deps.kinds },
        fields: ['kind', 'metadata.namespace', 'metadata.name'],
      },
      { credentials },
    )) {
      for (const entity of page) {
        visible.add(stringifyEntityRef(entity));
      }
    }
    return visible;
  }
}
