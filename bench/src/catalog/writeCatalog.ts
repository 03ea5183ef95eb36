import type { Entity } from '@backstage/catalog-model';
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { GeneratedCatalog } from './generateCatalog';

/**
 * Writes the catalog as multi-document YAML files of at most `chunk`
 * entities each (the catalog processes each file as one location) and
 * returns their paths.
 */
export function writeCatalog(catalog: GeneratedCatalog, dir: string, chunk = 1000): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const write = (name: string, entities: Entity[]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, entities.map(e => stringify(e)).join('---\n'));
    files.push(file);
  };
  write('org.yaml', catalog.org);
  for (let i = 0; i < catalog.scored.length; i += chunk) {
    write(`entities-${String(i / chunk).padStart(3, '0')}.yaml`, catalog.scored.slice(i, i + chunk));
  }
  return files;
}
