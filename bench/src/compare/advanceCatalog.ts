import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { GeneratedCatalog } from '../catalog/generateCatalog';
import { chunksChangingOn, DAY_ANNOTATION, mutateEntity } from '../catalog/mutateCatalog';
import { scoredFileName, writeEntitiesFile } from '../catalog/writeCatalog';
import { BenchApi, sleep } from '../lib/benchApi';

const CHANGE_RATE = 0.02;

/**
 * One simulated day: 2% of the scored entities (whole generated files)
 * change, the catalog is asked to refresh those files, and this waits until
 * the catalog serves every changed entity. Returns how many changed.
 */
export async function advanceCatalogOneDay(options: {
  api: BenchApi;
  catalog: GeneratedCatalog;
  dir: string;
  chunk: number;
  day: number;
  timeoutMs?: number;
}): Promise<number> {
  const { api, catalog, dir, chunk, day } = options;
  const chunkCount = Math.ceil(catalog.scored.length / chunk);
  const perDay = Math.max(1, Math.round((catalog.scored.length * CHANGE_RATE) / chunk));
  const changed: Entity[] = [];
  for (const index of chunksChangingOn(day, chunkCount, perDay)) {
    const entities = catalog.scored.slice(index * chunk, (index + 1) * chunk);
    entities.forEach((entity, position) => mutateEntity(entity, day, position));
    writeEntitiesFile(dir, scoredFileName(index), entities);
    changed.push(...entities);
    const response = await api('/api/catalog/refresh', {
      method: 'POST',
      body: JSON.stringify({ entityRef: stringifyEntityRef(entities[0]) }),
    });
    if (response.status !== 200) {
      throw new Error(`catalog refresh answered ${response.status}: ${await response.text()}`);
    }
  }
  await waitUntilServed(api, changed, day, options.timeoutMs ?? 10 * 60_000);
  return changed.length;
}

async function waitUntilServed(api: BenchApi, entities: Entity[], day: number, timeoutMs: number) {
  const started = Date.now();
  const entityRefs = entities.map(e => stringifyEntityRef(e));
  for (;;) {
    const response = await api('/api/catalog/entities/by-refs', {
      method: 'POST',
      body: JSON.stringify({ entityRefs, fields: ['metadata.annotations'] }),
    });
    const { items } = (await response.json()) as { items: (Entity | null)[] };
    const pending = items.filter(item => item?.metadata.annotations?.[DAY_ANNOTATION] !== String(day)).length;
    if (pending === 0) return;
    if (Date.now() - started > timeoutMs) {
      throw new Error(`day ${day}: ${pending} changed entities not served after ${timeoutMs / 1000} s`);
    }
    await sleep(250);
  }
}
