import type { Entity } from '@backstage/catalog-model';
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { GeneratedCatalog } from './generateCatalog';

/** Writes entities as one multi-document YAML file and returns its path. */
export function writeEntitiesFile(dir: string, name: string, entities: Entity[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, entities.map(e => stringify(e)).join('---\n'));
  return file;
}

/** The file name of the `index`th chunk of scored entities. */
export function scoredFileName(index: number): string {
  return `entities-${String(index).padStart(3, '0')}.yaml`;
}

/**
 * Writes the catalog as multi-document YAML files of at most `chunk`
 * entities each (the catalog processes each file as one location) and
 * returns their paths: the org file first, then one per chunk in order.
 */
export function writeCatalog(catalog: GeneratedCatalog, dir: string, chunk = 1000): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const files = [writeEntitiesFile(dir, 'org.yaml', catalog.org)];
  for (let i = 0; i < catalog.scored.length; i += chunk) {
    files.push(writeEntitiesFile(dir, scoredFileName(i / chunk), catalog.scored.slice(i, i + chunk)));
  }
  return files;
}
