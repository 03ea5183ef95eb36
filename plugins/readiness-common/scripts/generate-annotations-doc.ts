/* eslint-disable no-console */
/**
 * Writes docs/annotations.md (at the repository root) from the default
 * rubric. With --check, writes nothing and exits 1 when the file is stale.
 *
 *   node --require @backstage/cli/config/nodeTransform.cjs scripts/generate-annotations-doc.ts [--check]
 *   yarn docs:annotations / yarn docs:annotations:check
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { defaultRubric } from '../src';
import { renderAnnotationsDoc } from '../src/docs';

const target = resolve(__dirname, '../../../docs/annotations.md');
const expected = renderAnnotationsDoc(defaultRubric);
const shown = relative(process.cwd(), target);

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // A missing file is stale too.
  }
  if (current !== expected) {
    console.error(
      `${shown} is out of date with the default rubric; run: yarn workspace @readiness-scorecards/plugin-readiness-common docs:annotations`,
    );
    process.exit(1);
  }
  console.log(`${shown} is up to date`);
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, expected);
  console.log(`wrote ${shown}`);
}
