/* The packages a platform team installs from the registry, in dependency order. */
const PUBLISHABLE_PACKAGES = [
  {
    dir: 'plugins/readiness-common',
    name: '@readiness-scorecards/plugin-readiness-common',
  },
  {
    dir: 'plugins/readiness-node',
    name: '@readiness-scorecards/plugin-readiness-node',
  },
  {
    dir: 'plugins/readiness-backend',
    name: '@readiness-scorecards/plugin-readiness-backend',
  },
  {
    dir: 'plugins/readiness-backend-module-team-size',
    name: '@readiness-scorecards/plugin-readiness-backend-module-team-size',
  },
  { dir: 'plugins/readiness', name: '@readiness-scorecards/plugin-readiness' },
  {
    dir: 'packages/readiness-cli',
    name: '@readiness-scorecards/readiness-cli',
  },
];

module.exports = { PUBLISHABLE_PACKAGES };

if (require.main === module) {
  // `node packages.js` lists the directories, for the shell script.
  for (const pkg of PUBLISHABLE_PACKAGES) console.log(`${pkg.dir} ${pkg.name}`);
}
