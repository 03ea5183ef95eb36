import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';

/** What the catalog does with one call: answer, fail, never answer, or answer late. */
export type CatalogFault = 'ok' | 'fail' | 'hang' | { delayMs: number };

/**
 * An in-memory catalog whose `queryEntities` calls (the recompute reads only
 * through them) follow a plan: `plan(n)` for the n-th call, from 1. Notes
 * when each call was made, and how many calls were in flight at once.
 */
export function faultyCatalog(
  entities: Entity[],
  plan: (call: number) => CatalogFault = () => 'ok',
) {
  const catalog: CatalogService = catalogServiceMock({ entities });
  const query = catalog.queryEntities.bind(catalog);
  const calledAt: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  catalog.queryEntities = async (request, options) => {
    calledAt.push(Date.now());
    const fault = plan(calledAt.length);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      if (fault === 'fail') {
        throw new Error('connect ECONNREFUSED: the catalog is unreachable');
      }
      if (fault === 'hang') {
        return await new Promise<never>(() => {});
      }
      if (typeof fault === 'object') {
        await new Promise(resolve => setTimeout(resolve, fault.delayMs));
      }
      return await query(request, options);
    } finally {
      inFlight -= 1;
    }
  };
  return {
    catalog,
    calledAt,
    calls: () => calledAt.length,
    inFlight: () => inFlight,
    maxInFlight: () => maxInFlight,
  };
}
