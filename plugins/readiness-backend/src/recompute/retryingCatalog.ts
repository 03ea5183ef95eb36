import { StreamEntitiesRequest } from '@backstage/catalog-client';
import { Entity } from '@backstage/catalog-model';
import {
  CatalogService,
  CatalogServiceRequestOptions,
} from '@backstage/plugin-catalog-node';
import { RetryOptions, withRetry } from '../lib/retry';

/** The catalog client's own page size when none is asked for. */
const DEFAULT_PAGE_SIZE = 500;

/**
 * The catalog as a recompute reads it: `streamEntities` fetches each page
 * with retries and back-off (a page that hangs counts as failed), resumes
 * from the page's cursor rather than from the start, and stops between pages
 * once `signal` is aborted. Every other method is the catalog's own.
 */
export function retryingCatalog(
  catalog: CatalogService,
  options: RetryOptions & {
    signal?: AbortSignal;
    onRetry?: (error: unknown, nextAttempt: number) => void;
  },
): CatalogService {
  async function* streamEntities(
    request: StreamEntitiesRequest | undefined,
    requestOptions: CatalogServiceRequestOptions,
  ): AsyncIterable<Entity[]> {
    const { pageSize = DEFAULT_PAGE_SIZE, ...initial } = request ?? {};
    let cursor: string | undefined;
    do {
      options.signal?.throwIfAborted();
      const pageRequest = cursor
        ? { cursor, limit: pageSize, fields: initial.fields }
        : { ...initial, limit: pageSize };
      const page = await withRetry(
        'The catalog',
        () => catalog.queryEntities(pageRequest, requestOptions),
        options,
      );
      yield page.items;
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
  }

  return new Proxy(catalog, {
    get(target, property) {
      if (property === 'streamEntities') return streamEntities;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
