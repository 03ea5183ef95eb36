import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');
const GUIDE = 'docs/adding-a-rule-type.md';

/** The code blocks the guide marks `<!-- from <path> -->`, with their path. */
function quotedBlocks(guide: string): Array<{ path: string; code: string }> {
  const marked = /<!-- from (\S+) -->\n\n```ts\n([^]*?)```\n/g;
  return [...guide.matchAll(marked)].map(([, path, code]) => ({ path, code }));
}

/** The lines, each indented by `indent` (the guide shows nested code flush left). */
function indented(code: string, indent: string): string {
  return code
    .split('\n')
    .map(line => (line ? indent + line : line))
    .join('\n');
}

describe('the guide to adding a rule type', () => {
  const guide = readFileSync(resolve(ROOT, GUIDE), 'utf8');
  const blocks = quotedBlocks(guide);

  it('quotes real code', () => {
    expect(blocks.map(b => b.path)).toContain(
      'plugins/readiness-common/src/rules/numberThreshold.ts',
    );
  });

  it.each(blocks.map(b => [b.path, b.code]))(
    'quotes %s as it is',
    (path, code) => {
      const source = readFileSync(resolve(ROOT, path), 'utf8');
      const found = ['', '  ', '    '].some(indent =>
        source.includes(indented(code, indent)),
      );
      // On failure: copy the changed code into the guide (and re-read the
      // guide's explanation around it).
      expect({ path, quotedAsItIs: found }).toEqual({
        path,
        quotedAsItIs: true,
      });
    },
  );
});
