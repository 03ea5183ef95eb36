import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import { glob, isDynamicPattern } from 'tinyglobby';
import { LineCounter, parseAllDocuments } from 'yaml';
import type { Document } from 'yaml';
import { UsageError, yamlMessage } from '../errors';
import { documentToJs } from './documentToJs';

/** One catalog entity and where it was written, for reports that point at a line. */
export interface SourceEntity {
  entity: Entity;
  /** Path as shown to the user: relative to cwd when inside it. */
  file: string;
  /** 1-based line of the document's first key. */
  line: number;
  /**
   * 1-based line of a node (e.g. ['metadata', 'annotations']), or undefined
   * when the entity does not have it; lets formats point at the right place.
   */
  lineOf(path: string[]): number | undefined;
}

function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
}

/**
 * Expands globs (sorted, for stable output) and keeps literal paths as given
 * so a missing file is reported. A directory stands for its YAML files;
 * those are returned in `lenient` too (a catalog's repositories hold
 * templates and other YAML that is no entity: they are skipped, not fatal).
 */
async function expand(
  patterns: string[],
  cwd: string,
  lenient: Set<string>,
): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    if (!isDynamicPattern(pattern) && (await isDirectory(absolute))) {
      const matches = await glob('**/*.{yaml,yml}', {
        cwd: absolute,
        absolute: true,
        dot: false,
        ignore: ['**/node_modules/**'],
      });
      if (matches.length === 0) {
        throw new UsageError(`No YAML files in ${pattern}`);
      }
      for (const match of matches.sort()) lenient.add(match);
      files.push(...matches.sort());
    } else if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern, { cwd, absolute: true, dot: false });
      if (matches.length === 0) {
        throw new UsageError(`No files match ${pattern}`);
      }
      files.push(...matches.sort());
    } else {
      files.push(resolve(cwd, pattern));
    }
  }
  return [...new Set(files)];
}

function isEntityLike(value: unknown): value is Entity {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return false;
  }
  const v = value as Record<string, unknown>;
  return typeof v.kind === 'string' && typeof v.metadata === 'object';
}

function entitiesOfFile(text: string, file: string): SourceEntity[] {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: true });
  // An empty file parses to an EmptyStream (not an array).
  const list: Document.Parsed[] = Array.isArray(docs) ? docs : [];
  const entities: SourceEntity[] = [];
  for (const doc of list) {
    const error = doc.errors[0];
    if (error) {
      const pos = error.linePos?.[0];
      const where = pos ? `${file}:${pos.line}:${pos.col}` : file;
      // The first line of the message is the diagnosis; the rest is a code frame.
      throw new UsageError(
        `${where}: YAML syntax error: ${yamlMessage(error.message)}`,
      );
    }
    const value = documentToJs(doc, file, lineCounter);
    if (value === null || value === undefined) {
      continue; // empty document, e.g. a trailing `---`
    }
    const start = doc.contents?.range?.[0] ?? 0;
    const line = lineCounter.linePos(start).line;
    if (!isEntityLike(value)) {
      throw new UsageError(
        `${file}:${line}: not a catalog entity (expected an object with kind and metadata)`,
      );
    }
    entities.push({
      entity: value,
      file,
      line,
      lineOf(path) {
        const node = doc.getIn(path, true) as
          | { range?: [number, number, number] }
          | undefined;
        return node?.range
          ? lineCounter.linePos(node.range[0]).line
          : undefined;
      },
    });
  }
  return entities;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Reads catalog entities from files and globs. Multi-document YAML gives one
 * entity per document. Throws UsageError (exit 2) naming file, line and
 * column when a file cannot be read or parsed.
 */
export async function readEntities(
  patterns: string[],
  cwd: string,
  /** Files of a directory that could not be read as entities, with why (they are skipped). */
  skipped: string[] = [],
): Promise<SourceEntity[]> {
  const lenient = new Set<string>();
  const files = await expand(patterns, cwd, lenient);
  const result: SourceEntity[] = [];
  for (const absolute of files) {
    const file = displayPath(cwd, absolute);
    let text: string;
    try {
      text = await readFile(absolute, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(
        code === 'ENOENT'
          ? `${file}: no such file`
          : `${file}: cannot be read (${code ?? String(error)})`,
      );
    }
    try {
      result.push(...entitiesOfFile(text, file));
    } catch (error) {
      if (!lenient.has(absolute) || !(error instanceof UsageError)) {
        throw error;
      }
      skipped.push(error.message);
    }
  }
  return result;
}
