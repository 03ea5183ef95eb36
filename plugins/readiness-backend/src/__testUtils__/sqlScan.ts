/*
 * Finds SQL built from strings in source code: knex `.raw(...)` and the
 * `...Raw(...)` builders (whereRaw, orderByRaw...) whose SQL is not a plain
 * string literal. Values must go in as bindings (`?`, `??` for identifiers),
 * never into the SQL text.
 */
import fs from 'node:fs';
import path from 'node:path';

const RAW_CALL =
  /\.(raw|whereRaw|orWhereRaw|andWhereRaw|havingRaw|orHavingRaw|orderByRaw|groupByRaw|joinRaw|onRaw|fromRaw|selectRaw)\s*\(/g;

export interface SqlFinding {
  file: string;
  line: number;
  call: string;
  sql: string;
  problem: string;
}

/** The source text of the first argument of the call whose `(` is at `open`. */
function firstArgument(source: string, open: number): string {
  let depth = 0;
  let quote: string | undefined;
  for (let i = open + 1; i < source.length; i++) {
    const char = source[i];
    if (quote) {
      if (char === '\\') {
        i++;
      } else if (char === quote) {
        quote = undefined;
      }
      continue;
    }
    if (char === "'" || char === '"' || char === '`') {
      quote = char;
    } else if (char === '(' || char === '[' || char === '{') {
      depth++;
    } else if (char === ')' || char === ']' || char === '}') {
      if (depth === 0) return source.slice(open + 1, i).trim();
      depth--;
    } else if (char === ',' && depth === 0) {
      return source.slice(open + 1, i).trim();
    }
  }
  return source.slice(open + 1).trim();
}

/** Why the SQL argument is not a constant string, or undefined when it is. */
function problemOf(sql: string): string | undefined {
  if (/^'(?:[^'\\\n]|\\.)*'$/.test(sql) || /^"(?:[^"\\\n]|\\.)*"$/.test(sql)) {
    return undefined;
  }
  if (/^`(?:[^`\\$]|\\.|\$(?!\{))*`$/.test(sql)) {
    return undefined;
  }
  if (sql.startsWith('`')) {
    return 'a template literal with ${...} in the SQL';
  }
  if (/['"`]\s*\+|\+\s*['"`]/.test(sql)) {
    return 'SQL concatenated from strings';
  }
  return 'SQL that is not a string literal';
}

/** The raw SQL calls in one file's source whose SQL is built from strings. */
export function findSqlBuiltFromStrings(
  source: string,
  file = '<source>',
): SqlFinding[] {
  const findings: SqlFinding[] = [];
  for (const match of source.matchAll(RAW_CALL)) {
    const open = match.index! + match[0].length - 1;
    const sql = firstArgument(source, open);
    const problem = problemOf(sql);
    if (problem) {
      findings.push({
        file,
        line: source.slice(0, match.index).split('\n').length,
        call: match[1],
        sql: sql.slice(0, 120),
        problem,
      });
    }
  }
  return findings;
}

/** Every .ts and .js file under the directories, tests and test utilities left out. */
export function sourceFiles(...dirs: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '__testUtils__' && entry.name !== 'node_modules') {
          walk(full);
        }
      } else if (
        /\.(ts|js)$/.test(entry.name) &&
        !/\.test\.(ts|js)$/.test(entry.name)
      ) {
        files.push(full);
      }
    }
  };
  dirs.forEach(walk);
  return files;
}
