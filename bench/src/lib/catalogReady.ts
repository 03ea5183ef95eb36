import { Knex } from 'knex';
import { BenchApi, sleep } from './benchApi';

/**
 * Waits until the catalog serves `expected` entities of the scored kinds and
 * its processing queue is empty (relations stitched), and returns the seconds
 * it took.
 */
export async function waitForCatalog(options: {
  api: BenchApi;
  catalogDb: Knex;
  expected: number;
  timeoutMs?: number;
}): Promise<number> {
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? 30 * 60_000;
  for (;;) {
    const response = await options.api(
      '/api/catalog/entities/by-query?filter=kind=component,kind=resource,kind=api&limit=1',
    );
    const body = (await response.json()) as { totalItems?: number };
    if ((body.totalItems ?? 0) >= options.expected && (await queueLength(options.catalogDb)) === 0) {
      return (Date.now() - started) / 1000;
    }
    if (Date.now() - started > timeoutMs) {
      throw new Error(`catalog held ${body.totalItems} of ${options.expected} entities after ${timeoutMs / 1000} s`);
    }
    await sleep(1000);
  }
}

/** Entities the catalog still has to process or stitch. */
export async function queueLength(catalogDb: Knex): Promise<number> {
  const [{ count }] = await catalogDb('refresh_state')
    .where('next_update_at', '<=', catalogDb.fn.now())
    .count({ count: '*' });
  const [{ count: stitching }] = await catalogDb('stitch_queue').count({ count: '*' });
  return Number(count) + Number(stitching);
}
