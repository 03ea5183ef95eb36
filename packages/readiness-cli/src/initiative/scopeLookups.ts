import type { Entity } from '@backstage/catalog-model';
import type {
  InitiativeScope,
  OwnerWithin,
} from '@readiness-scorecards/plugin-readiness-common';
import type { CatalogApiClient } from '../catalog/CatalogApiClient';
import { normalRef, ownerRefOf, systemRefOf } from './initiativeRow';

/** What a scope needs from the catalog beyond the entity itself. */
export interface ScopeLookups {
  /** The domain of a system (full ref), as the backend's recompute reads it. */
  domainOf(systemRef: string | undefined): string | undefined;
  /** True when the owner group is the ancestor or a group below it. */
  ownerWithin: OwnerWithin;
}

/**
 * Reads only what the scope filters on: the systems' domains for a domain
 * filter, the owner groups' parents (one catalog call per level) for an
 * owner filter, so an owner matches with its sub-teams as in the backend.
 */
export async function scopeLookups(
  catalog: Pick<CatalogApiClient, 'getEntitiesByRefs'>,
  entities: Entity[],
  scope: InitiativeScope,
): Promise<ScopeLookups> {
  const domains = new Map<string, string | undefined>();
  if (scope.domain?.length) {
    const systems = unique(entities.map(systemRefOf));
    const found = await catalog.getEntitiesByRefs(systems);
    systems.forEach((ref, i) => {
      const system = found[i];
      const domain = system?.spec?.domain;
      domains.set(
        ref,
        typeof domain === 'string'
          ? normalRef(domain, 'domain', system!.metadata.namespace ?? 'default')
          : undefined,
      );
    });
  }

  const parentOf = new Map<string, string | undefined>();
  if (scope.owner?.length) {
    let pending = unique(entities.map(ownerRefOf));
    while (pending.length > 0) {
      const found = await catalog.getEntitiesByRefs(pending);
      pending.forEach((ref, i) => {
        const parent = found[i]?.spec?.parent;
        parentOf.set(
          ref,
          typeof parent === 'string'
            ? normalRef(parent, 'group', found[i]!.metadata.namespace ?? 'default')
            : undefined,
        );
      });
      pending = unique([...parentOf.values()]).filter(
        ref => !parentOf.has(ref),
      );
    }
  }

  return {
    domainOf: systemRef => (systemRef ? domains.get(systemRef) : undefined),
    ownerWithin: (owner, ancestor) => {
      const wanted = ancestor.toLocaleLowerCase('en-US');
      const seen = new Set<string>();
      let current: string | undefined = owner.toLocaleLowerCase('en-US');
      while (current && !seen.has(current)) {
        if (current === wanted) return true;
        seen.add(current);
        current = parentOf.get(current);
      }
      return false;
    },
  };
}

function unique(refs: Array<string | undefined>): string[] {
  return [...new Set(refs.filter((r): r is string => !!r))];
}
