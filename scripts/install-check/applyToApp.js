/*
 * Applies the READMEs' install lines to an app made by @backstage/create-app,
 * plus the environment fixes this machine needs (kept apart and counted
 * apart: they are not install lines of our packages).
 *
 *   node applyToApp.js <repo root> <app dir> <packs dir> <app port> <backend port>
 */
const fs = require('node:fs');
const path = require('node:path');
const {
  APPLIED_KINDS,
  actionsOf,
  parseInstallBlocks,
  readInstallBlocks,
  significantLines,
} = require('./installLines');
const { PUBLISHABLE_PACKAGES } = require('./packages');

// This npm registry lacks some platform binaries of the versions a fresh
// app resolves; these versions have them (better-sqlite3 builds from source).
const PLATFORM_RESOLUTIONS = {
  '@swc/core': '1.16.18',
  '@yarnpkg/core': '4.9.1',
  rollup: '4.67.4',
  'unrs-resolver': '1.12.2',
  'better-sqlite3': '13.2.0',
};

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function writeJson(file, value) {
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

function fail(message) {
  throw new Error(message);
}

function sameActions(a, b) {
  const key = actions =>
    JSON.stringify({
      dependencies: [...actions.dependencies].sort(),
      backendStatements: [...actions.backendStatements].sort(),
    });
  return key(a) === key(b);
}

function main([repoRoot, appDir, packsDir, appPort, backendPort]) {
  if (!backendPort) {
    fail(
      'usage: applyToApp.js <repo root> <app dir> <packs dir> <app port> <backend port>',
    );
  }
  const versions = Object.fromEntries(
    PUBLISHABLE_PACKAGES.map(p => [
      p.name,
      readJson(path.join(repoRoot, p.dir, 'package.json')).version,
    ]),
  );
  const packs = Object.fromEntries(
    PUBLISHABLE_PACKAGES.map(p => {
      const file = path.join(
        packsDir,
        `${p.name.replace('@', '').replace('/', '-')}.tgz`,
      );
      if (!fs.existsSync(file))
        fail(
          `no pack of ${p.name} at ${file}; expected the packs step to have made it`,
        );
      return [p.name, file];
    }),
  );

  // 1. Install lines, from each package's README.
  const report = [];
  const combined = { dependencies: [], backendStatements: [] };
  const backendIndex = path.join(appDir, 'packages/backend/src/index.ts');
  let backendSource = fs.readFileSync(backendIndex, 'utf8');
  const anchor = 'backend.start();';
  if (!backendSource.includes(anchor))
    fail(
      `${backendIndex} has no "${anchor}"; expected the created app's backend`,
    );
  for (const pkg of PUBLISHABLE_PACKAGES) {
    const readme = path.join(repoRoot, pkg.dir, 'README.md');
    const blocks = fs.existsSync(readme) ? readInstallBlocks(readme) : [];
    const applied = blocks.filter(b => APPLIED_KINDS.includes(b.kind));
    const actions = actionsOf(applied, `${pkg.dir}/README.md`);
    combined.dependencies.push(...actions.dependencies);
    combined.backendStatements.push(...actions.backendStatements);
    for (const dependency of actions.dependencies) {
      const [dir, name] = dependency.split(' ');
      if (!versions[name])
        fail(
          `${pkg.dir}/README.md adds ${name}, which is not one of the packed packages`,
        );
      const file = path.join(appDir, dir, 'package.json');
      const manifest = readJson(file);
      // What `yarn add` writes for a package from the registry.
      manifest.dependencies = {
        ...manifest.dependencies,
        [name]: `^${versions[name]}`,
      };
      manifest.dependencies = Object.fromEntries(
        Object.entries(manifest.dependencies).sort(([a], [b]) =>
          a < b ? -1 : 1,
        ),
      );
      writeJson(file, manifest);
    }
    const backendLines = applied
      .filter(b => b.kind === 'backend')
      .flatMap(b => significantLines(b.lines));
    if (backendLines.length > 0) {
      backendSource = backendSource.replace(
        anchor,
        `${backendLines.join('\n')}\n\n${anchor}`,
      );
    }
    report.push({
      package: pkg.name,
      lines: applied.reduce(
        (sum, b) => sum + significantLines(b.lines).length,
        0,
      ),
      notApplied: blocks
        .filter(b => !APPLIED_KINDS.includes(b.kind))
        .map(b => `${b.kind} (${significantLines(b.lines).length} lines)`),
    });
  }
  fs.writeFileSync(backendIndex, backendSource);

  // 2. The root README's section must ask for exactly the same.
  const rootBlocks = parseInstallBlocks(
    fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8'),
    'README.md',
  );
  const rootActions = actionsOf(
    rootBlocks.filter(b => APPLIED_KINDS.includes(b.kind)),
    'README.md',
  );
  if (!sameActions(rootActions, combined)) {
    fail(
      `README.md's "Install into your Backstage" asks for ${JSON.stringify(
        rootActions,
      )}, the packages' READMEs for ${JSON.stringify(
        combined,
      )}; expected the same`,
    );
  }

  // 3. Environment: the registry stand-ins (our packs) and this machine's fixes.
  const rootManifestFile = path.join(appDir, 'package.json');
  const rootManifest = readJson(rootManifestFile);
  const packResolutions = Object.fromEntries(
    Object.entries(packs).map(([name, file]) => [name, `file:${file}`]),
  );
  rootManifest.resolutions = {
    ...rootManifest.resolutions,
    ...PLATFORM_RESOLUTIONS,
    ...packResolutions,
  };
  writeJson(rootManifestFile, rootManifest);
  // create-app seeds yarn.lock from GitHub, unreachable here; without a seed
  // caret ranges pick a later release's packages (plugin-signals-backend
  // 0.3.21 of Backstage 1.56 needs backend-defaults 0.19 and the created
  // backend does not start). This repository's lock is a Backstage 1.55 lock.
  const appLock = path.join(appDir, 'yarn.lock');
  const seeded = fs.statSync(appLock).size < 10_000;
  if (seeded) {
    fs.copyFileSync(path.join(repoRoot, 'yarn.lock'), appLock);
  }
  const localConfig = [
    '# Ports of the install check, away from the usual 3000 and 7007',
    'app:',
    `  baseUrl: http://localhost:${appPort}`,
    'backend:',
    `  baseUrl: http://localhost:${backendPort}`,
    '  listen:',
    `    port: ${backendPort}`,
    '  cors:',
    `    origin: http://localhost:${appPort}`,
  ];
  fs.writeFileSync(
    path.join(appDir, 'app-config.local.yaml'),
    `${localConfig.join('\n')}\n`,
  );

  const summary = {
    packages: report,
    environment: {
      'root resolutions: our packs instead of the registry':
        Object.keys(packResolutions).length,
      'root resolutions: platform binaries this registry lacks':
        Object.keys(PLATFORM_RESOLUTIONS).length,
      'app-config.local.yaml: ports': significantLines(localConfig).length,
      "yarn.lock seed (create-app's fetch from GitHub failed): this repository's Backstage 1.55 lock":
        seeded ? 1 : 0,
    },
  };
  fs.writeFileSync(
    path.join(appDir, '..', 'install-lines.json'),
    `${JSON.stringify(summary, null, 2)}\n`,
  );
  for (const row of report) {
    const extra = row.notApplied.length
      ? `; documented, not applied here: ${row.notApplied.join(', ')}`
      : '';
    console.log(
      `  ${row.package}: ${row.lines} install line${
        row.lines === 1 ? '' : 's'
      }${extra}`,
    );
  }
  console.log(
    `  total: ${report.reduce((s, r) => s + r.lines, 0)} install lines`,
  );
  for (const [what, count] of Object.entries(summary.environment)) {
    console.log(`  environment, not install lines: ${what}: ${count}`);
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`install-check: ${error.message}`);
  process.exit(1);
}
