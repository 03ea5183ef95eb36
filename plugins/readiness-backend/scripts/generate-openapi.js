#!/usr/bin/env node
/*
 * Generates, from src/schema/openapi.yaml:
 * - src/schema/openapi.generated.ts: the `as const` object that
 *   createValidatedOpenApiRouter types and validates the routes from;
 * - ../readiness-common/src/api/openapi.generated.ts: the request and response
 *   types (openapi-typescript), which the backend, the frontend and the CLI
 *   use through the names in ../readiness-common/src/api/types.ts.
 * `--check` exits 1 when either file is out of date (run in CI), so the spec,
 * the server and its clients cannot drift.
 */
const fs = require('node:fs');
const path = require('node:path');
const yaml = require('yaml');
const prettier = require('prettier');
const { default: openapiTS, astToString } = require('openapi-typescript');

const schemaDir = path.resolve(__dirname, '../src/schema');
const source = path.join(schemaDir, 'openapi.yaml');
const routerSpecFile = path.join(schemaDir, 'openapi.generated.ts');
const commonTypesFile = path.resolve(
  __dirname,
  '../../readiness-common/src/api/openapi.generated.ts',
);

function routerSpec(spec) {
  return `// Generated from openapi.yaml by scripts/generate-openapi.js. Do not edit.
/* eslint-disable */
export const spec = ${JSON.stringify(spec, null, 2)} as const;
export const createOpenApiSpec = () => spec;
`;
}

async function commonTypes(spec) {
  const ast = await openapiTS(spec);
  const header = `// Generated from plugins/readiness-backend/src/schema/openapi.yaml by
// plugins/readiness-backend/scripts/generate-openapi.js (openapi-typescript). Do not edit:
// change the spec and run "yarn workspace @readiness-scorecards/plugin-readiness-backend openapi:generate".
// Friendly names for these types are in ./types.ts.
/* eslint-disable */
`;
  // Formatted with the repository's Prettier settings, so the file passes
  // `prettier --check` and the output does not depend on the generator's style.
  const options = await prettier.resolveConfig(commonTypesFile);
  return prettier.format(header + astToString(ast), {
    ...options,
    filepath: commonTypesFile,
  });
}

async function main() {
  // The same parse for both outputs: the YAML is read once.
  const spec = yaml.parse(fs.readFileSync(source, 'utf8'));
  const outputs = [
    [routerSpecFile, routerSpec(spec)],
    [commonTypesFile, await commonTypes(spec)],
  ];

  if (process.argv.includes('--check')) {
    const stale = outputs.filter(
      ([file, content]) =>
        (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '') !== content,
    );
    for (const [file] of stale) {
      console.error(
        `${path.relative(
          process.cwd(),
          file,
        )} is out of date with openapi.yaml: run "yarn workspace @readiness-scorecards/plugin-readiness-backend openapi:generate"`,
      );
    }
    if (stale.length) process.exit(1);
    console.log(
      'openapi.generated.ts (router) and the -common API types match openapi.yaml',
    );
    return;
  }
  for (const [file, content] of outputs) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
