import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  compileRubric,
  defaultRubric,
  loadRubricFromConfig,
} from '@readiness-scorecards/plugin-readiness-common';
import type { CompiledRubric } from '@readiness-scorecards/plugin-readiness-common';
import { parseDocument } from 'yaml';
import { UsageError, yamlMessage } from '../errors';
import { documentToJs } from '../io/documentToJs';

const RUBRIC_KEY = ['readiness', 'rubric'];

/**
 * The rubric in force: the default, or the `readiness.rubric` key of an
 * app-config file, so CI scores with exactly what the portal uses. Errors
 * name the file and the key path.
 */
export async function loadRubricFile(
  file: string | undefined,
  cwd: string,
): Promise<CompiledRubric> {
  if (!file) {
    return compileRubric(defaultRubric);
  }
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(
      `${file}: cannot read the rubric file (${
        (error as NodeJS.ErrnoException).code ?? String(error)
      })`,
    );
  }
  const doc = parseDocument(text, { prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    throw new UsageError(
      `${
        pos ? `${file}:${pos.line}:${pos.col}` : file
      }: YAML syntax error: ${yamlMessage(error.message)}`,
    );
  }
  // A config without the key means the portal runs the default rubric too.
  const config = documentToJs(doc, file) as
    | { readiness?: { rubric?: unknown } }
    | null
    | undefined;
  const value = config?.readiness?.rubric;
  try {
    return compileRubric(
      loadRubricFromConfig(value, { path: RUBRIC_KEY.join('.') }),
    );
  } catch (e) {
    throw new UsageError(
      `${file}: invalid rubric: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}
