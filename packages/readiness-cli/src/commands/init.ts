import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import type { CompiledRubric } from '@readiness-scorecards/plugin-readiness-common';
import { parse, parseAllDocuments } from 'yaml';
import type { Document } from 'yaml';
import { scoreEntity } from '../engine/assess';
import { EXIT_OK, UsageError, yamlMessage } from '../errors';
import type { CliIo } from '../io/CliIo';
import { documentToJs } from '../io/documentToJs';
import { loadRubricFile } from '../rubric/loadRubricFile';
import { DEFAULT_FILE, parseNow } from './lint';

export interface InitOptions {
  rubric?: string;
  dryRun?: boolean;
  now?: string;
}

interface FixShape {
  metadata?: Record<string, unknown> & {
    annotations?: Record<string, unknown>;
    links?: Array<Record<string, unknown>>;
  };
  spec?: Record<string, unknown>;
}

/**
 * Adds what a failing check's fix names, key by key, never overwriting a
 * value already there (an invalid value is the owner's to correct).
 * Returns the paths it added.
 */
function applyFix(doc: Document.Parsed, fix: FixShape): string[] {
  const added: string[] = [];
  const { annotations, links, ...otherMetadata } = fix.metadata ?? {};
  for (const [key, value] of Object.entries(annotations ?? {})) {
    const path = ['metadata', 'annotations', key];
    if (!doc.hasIn(path)) {
      doc.setIn(path, value);
      added.push(`metadata.annotations.${key}`);
    }
  }
  for (const link of links ?? []) {
    const existing = (doc.getIn(['metadata', 'links']) as any)?.toJSON?.() as
      | Array<Record<string, unknown>>
      | undefined;
    const present = (existing ?? []).some(
      l => l.url === link.url || (link.type && l.type === link.type),
    );
    if (!present) {
      // addIn on a missing path would create a map, so the list is created whole.
      if (existing) {
        doc.addIn(['metadata', 'links'], doc.createNode(link));
      } else {
        doc.setIn(['metadata', 'links'], doc.createNode([link]));
      }
      added.push(`metadata.links[type=${link.type ?? link.url}]`);
    }
  }
  for (const [section, values] of [
    ['metadata', otherMetadata],
    ['spec', fix.spec ?? {}],
  ] as const) {
    for (const [key, value] of Object.entries(values)) {
      if (!doc.hasIn([section, key])) {
        doc.setIn([section, key], value);
        added.push(`${section}.${key}`);
      }
    }
  }
  return added;
}

/** The fixes of the first tier's checks that fail for this entity. */
function firstTierFixes(
  compiled: CompiledRubric,
  entity: Entity,
  now: Date,
): FixShape[] {
  const first = compiled.tiers[0].id;
  const scorecard = scoreEntity(compiled, entity, undefined, { now });
  if (scorecard.inScope === false) {
    return [];
  }
  return scorecard.checks
    .filter(c => c.tier === first && c.status === 'fail' && c.fix?.yaml)
    .map(c => (parse(c.fix!.yaml) ?? {}) as FixShape);
}

/**
 * `readiness init [file]`: adds the first tier's missing evidence (pilot, by
 * default) with placeholder values, editing the YAML in place so comments,
 * key order and formatting stay as the team wrote them.
 */
export async function initCommand(
  file: string | undefined,
  options: InitOptions,
  io: CliIo,
): Promise<number> {
  const path = file ?? DEFAULT_FILE;
  const compiled = await loadRubricFile(options.rubric, io.cwd);
  const now = parseNow(options.now);
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), 'utf8');
  } catch (error) {
    throw new UsageError(
      `${path}: cannot be read (${
        (error as NodeJS.ErrnoException).code ?? String(error)
      })`,
    );
  }
  const parsed = parseAllDocuments(text, { prettyErrors: true });
  const docs: Document.Parsed[] = Array.isArray(parsed) ? parsed : [];
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) {
      const pos = error.linePos?.[0];
      throw new UsageError(
        `${
          pos ? `${path}:${pos.line}:${pos.col}` : path
        }: YAML syntax error: ${yamlMessage(error.message)}`,
      );
    }
  }

  const report: string[] = [];
  for (const doc of docs) {
    const entity = documentToJs(doc, path) as Entity | null;
    if (!entity || typeof entity !== 'object' || !entity.kind) {
      continue;
    }
    const added = firstTierFixes(compiled, entity, now).flatMap(fix =>
      applyFix(doc, fix),
    );
    if (added.length > 0) {
      report.push(
        `${entity.kind}:${entity.metadata?.name}: added ${added.join(', ')}`,
      );
    }
  }

  if (report.length === 0) {
    io.stdout.write(
      `${path}: nothing to add; every ${compiled.tiers[0].id} check has its evidence.\n`,
    );
    return EXIT_OK;
  }
  const output = docs.map(d => String(d)).join('');
  if (options.dryRun) {
    io.stdout.write(output);
  } else {
    await writeFile(resolve(io.cwd, path), output, 'utf8');
    io.stdout.write(
      `${report.join(
        '\n',
      )}\nReplace the placeholder values in ${path}, then run: readiness lint ${path}\n`,
    );
  }
  return EXIT_OK;
}
