/*
 * The install lines of the READMEs: each fenced block preceded by a marker
 * comment `<!-- install-check: <kind> -->`. The install check applies the
 * blocks of the kinds below and nothing else, so a README and what is tested
 * cannot drift apart.
 */
const fs = require('node:fs');
const path = require('node:path');

/** Kinds applied to an app made by `@backstage/create-app` (new frontend system). */
const APPLIED_KINDS = ['dependency', 'backend'];
/** Kinds documented for other set-ups; listed by the check, not applied. */
const DOCUMENTED_KINDS = [
  'app-features', // apps without `app.packages: all`
  'legacy-dependency', // apps on the legacy frontend system
  'legacy-entity-page',
  'legacy-app-routes',
];

const MARKER =
  /<!--\s*install-check:\s*([a-z-]+)\s*-->\s*\n\s*\n?```[a-z]*\n([\s\S]*?)\n```/g;

/** The marked blocks of a Markdown text, in order: `{ kind, lines }`. */
function parseInstallBlocks(markdown, source) {
  const blocks = [];
  for (const match of markdown.matchAll(MARKER)) {
    const [, kind, body] = match;
    if (!APPLIED_KINDS.includes(kind) && !DOCUMENTED_KINDS.includes(kind)) {
      throw new Error(
        `${source}: unknown install-check kind "${kind}", expected one of ${[
          ...APPLIED_KINDS,
          ...DOCUMENTED_KINDS,
        ].join(', ')}`,
      );
    }
    blocks.push({ kind, lines: body.split('\n') });
  }
  const markers = (markdown.match(/<!--\s*install-check:/g) ?? []).length;
  if (markers !== blocks.length) {
    throw new Error(
      `${source}: ${markers} install-check markers but ${blocks.length} fenced blocks right after them; expected a fenced block after each marker`,
    );
  }
  return blocks;
}

/** Lines a person types: not blank, not a comment. */
function significantLines(lines) {
  return lines.filter(line => {
    const trimmed = line.trim();
    return (
      trimmed !== '' && !trimmed.startsWith('//') && !trimmed.startsWith('#')
    );
  });
}

const YARN_ADD = /^yarn --cwd (\S+) add ((?:@?[\w./-]+\s*)+)$/;

/**
 * What the applied blocks ask for, normalised so that two READMEs can be
 * compared: dependencies as `<dir> <package>` and backend statements with
 * whitespace removed.
 */
function actionsOf(blocks, source) {
  const dependencies = [];
  const backendStatements = [];
  for (const block of blocks) {
    if (block.kind === 'dependency') {
      for (const line of significantLines(block.lines)) {
        const match = line.trim().match(YARN_ADD);
        if (!match) {
          throw new Error(
            `${source}: "${line}" in a dependency block, expected "yarn --cwd <dir> add <package>..."`,
          );
        }
        for (const pkg of match[2].trim().split(/\s+/)) {
          dependencies.push(`${match[1]} ${pkg}`);
        }
      }
    } else if (block.kind === 'backend') {
      const code = significantLines(block.lines).join('');
      for (const statement of code.split(';')) {
        const compact = statement.replace(/\s+/g, '').replace(/,\)/g, ')');
        if (compact) {
          if (!compact.startsWith('backend.add(import(')) {
            throw new Error(
              `${source}: "${statement.trim()}" in a backend block, expected backend.add(import('<package>'))`,
            );
          }
          backendStatements.push(compact);
        }
      }
    }
  }
  return { dependencies, backendStatements };
}

/** The install blocks of a README file. */
function readInstallBlocks(readmePath) {
  return parseInstallBlocks(
    fs.readFileSync(readmePath, 'utf8'),
    path.basename(path.dirname(readmePath)) + '/README.md',
  );
}

module.exports = {
  APPLIED_KINDS,
  DOCUMENTED_KINDS,
  actionsOf,
  parseInstallBlocks,
  readInstallBlocks,
  significantLines,
};
