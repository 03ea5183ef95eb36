#!/usr/bin/env node
/*
 * Turns src/schema/openapi.yaml into src/schema/openapi.generated.ts, the
 * `as const` object that createValidatedOpenApiRouter types its routes from.
 * `--check` exits 1 when the generated file is out of date (run in CI), so the
 * spec and the server cannot drift.
 */
const fs = require('node:fs');
const path = require('node:path');
const yaml = require('yaml');

const schemaDir = path.resolve(__dirname, '../src/schema');
const source = path.join(schemaDir, 'openapi.yaml');
const target = path.join(schemaDir, 'openapi.generated.ts');

const spec = yaml.parse(fs.readFileSync(source, 'utf8'));
const output = `// Generated from openapi.yaml by scripts/generate-openapi.js. Do not edit.
/* eslint-disable */
export const spec = ${JSON.stringify(spec, null, 2)} as const;
export const createOpenApiSpec = () => spec;
`;

if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== output) {
    console.error(
      `${path.relative(process.cwd(), target)} is out of date with openapi.yaml: run "yarn workspace @readiness-scorecards/plugin-readiness-backend openapi:generate"`,
    );
    process.exit(1);
  }
  console.log('openapi.generated.ts matches openapi.yaml');
} else {
  fs.writeFileSync(target, output);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
