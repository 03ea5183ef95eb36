/**
 * Writes the deterministic generated catalog (src/catalog/generateCatalog.ts)
 * as YAML files the catalog reads as `file` locations, and prints their
 * absolute paths on stdout, one a line: org.yaml first, then the scored
 * entities in files of --chunk entities.
 *
 *   yarn workspace @internal/readiness-bench generate --entities 10000 --out /tmp/catalog-10000
 *
 * Options: --entities (default 10000), --out (required; Yarn runs this in
 * bench/, so a relative path is under bench/), --seed (default 42),
 * --now (YYYY-MM-DD the dated evidence is placed around; default today),
 * --chunk (default 1000). The same options give the same files. Files of an
 * earlier run in --out (org.yaml, entities-NNN.yaml) are replaced.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateCatalog } from '../catalog/generateCatalog';
import { writeCatalog } from '../catalog/writeCatalog';
import { numberArgument, stringArgument } from '../lib/args';
import { log } from '../lib/benchApi';

const GENERATED_FILE = /^(org|entities-\d{3,})\.yaml$/;

function parseDay(text: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
    throw new Error(`--now needs a date as YYYY-MM-DD, got ${text}`);
  }
  return new Date(`${text}T00:00:00Z`);
}

function removeEarlierRun(dir: string) {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    if (GENERATED_FILE.test(name)) {
      fs.rmSync(path.join(dir, name));
    }
  }
}

function main() {
  const entities = numberArgument('entities', 10_000);
  const seed = numberArgument('seed', 42);
  const chunk = numberArgument('chunk', 1000);
  const out = stringArgument('out', '');
  const today = new Date().toISOString().slice(0, 10);
  const now = parseDay(stringArgument('now', today));
  if (!out) {
    throw new Error(
      '--out DIR is required: the directory to write the catalog files into',
    );
  }
  if (
    !Number.isInteger(entities) ||
    entities < 1 ||
    !Number.isInteger(chunk) ||
    chunk < 1
  ) {
    throw new Error('--entities and --chunk need positive whole numbers');
  }

  const dir = path.resolve(out);
  removeEarlierRun(dir);
  const catalog = generateCatalog({ entities, seed, now });
  const files = writeCatalog(catalog, dir, chunk);
  log(
    `wrote ${catalog.scored.length} scored and ${catalog.org.length} org entities ` +
      `(seed ${seed}, dates around ${now.toISOString().slice(0, 10)}) in ${
        files.length
      } files to ${dir}`,
  );
  process.stdout.write(`${files.join('\n')}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(
    `${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(2);
}
