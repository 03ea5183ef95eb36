/**
 * Rewrites the figures of README.md and bench/README.md from the result
 * files in bench/results (every `<!-- figures:NAME -->` section, NAME being
 * a result file's base name). With --check, changes nothing and fails when
 * a README differs from its result files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { readmeFigures } from '../figures/updateReadmes';

const repoRoot = path.dirname(resolvePackagePath('@internal/readiness-bench'));
const check = process.argv.includes('--check');

let stale = 0;
for (const readme of readmeFigures(repoRoot)) {
  if (readme.current === readme.expected) {
    process.stdout.write(
      `${readme.file}: up to date (${readme.sections.join(', ')})\n`,
    );
  } else if (check) {
    stale += 1;
    process.stderr.write(
      `${readme.file}: its figures differ from bench/results; run yarn workspace @internal/readiness-bench figures\n`,
    );
  } else {
    fs.writeFileSync(path.join(repoRoot, readme.file), readme.expected);
    process.stdout.write(
      `${readme.file}: rewrote ${readme.sections.join(', ')}\n`,
    );
  }
}
process.exitCode = stale > 0 ? 1 : 0;
