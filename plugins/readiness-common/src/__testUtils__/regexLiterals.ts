import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface FoundPattern {
  /** Where it is: `file:line`, relative to the folder searched. */
  where: string;
  source: string;
  flags: string;
}

/**
 * Every regular expression written in the TypeScript files under `root`
 * (tests and test utilities left out): regex literals, and `RegExp(...)` or
 * `new RegExp(...)` called with a string literal. A pattern built at run
 * time is reported with `source: undefined` so that a test can insist on
 * literals.
 */
export function regexLiteralsIn(root: string): {
  found: FoundPattern[];
  dynamic: string[];
} {
  const found: FoundPattern[] = [];
  const dynamic: string[] = [];
  for (const file of sourceFilesUnder(root)) {
    const text = fs.readFileSync(file, 'utf8');
    const source = ts.createSourceFile(
      file,
      text,
      ts.ScriptTarget.Latest,
      true,
    );
    const where = (node: ts.Node) =>
      `${path.relative(root, file)}:${
        source.getLineAndCharacterOfPosition(node.getStart()).line + 1
      }`;
    const visit = (node: ts.Node) => {
      if (ts.isRegularExpressionLiteral(node)) {
        const literal = node.text;
        const end = literal.lastIndexOf('/');
        found.push({
          where: where(node),
          source: literal.slice(1, end),
          flags: literal.slice(end + 1),
        });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern && ts.isStringLiteralLike(pattern)) {
          found.push({
            where: where(node),
            source: pattern.text,
            flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '',
          });
        } else {
          dynamic.push(where(node));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { found, dynamic };
}

function sourceFilesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return entry.name.startsWith('__') ? [] : sourceFilesUnder(full);
    }
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)
      ? [full]
      : [];
  });
}
