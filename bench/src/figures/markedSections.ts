import { InputError } from '@backstage/errors';

const OPEN = /<!-- figures:([a-z0-9-]+) -->/g;
const CLOSE = '<!-- /figures -->';

/**
 * Replaces the body of every marked section of a markdown file,
 * `<!-- figures:NAME -->` ... `<!-- /figures -->`, with `sections[NAME]`.
 * A section without its figures, or a marker left open, is an error: a
 * README must never keep figures nobody regenerates.
 */
export function replaceMarkedSections(
  markdown: string,
  sections: Record<string, string>,
  file: string,
): { text: string; names: string[] } {
  const names: string[] = [];
  let text = '';
  let from = 0;
  for (const open of markdown.matchAll(OPEN)) {
    if (open.index! < from) {
      throw new InputError(
        `${file}: <!-- figures:${open[1]} --> opens inside another section, expected ${CLOSE} first`,
      );
    }
    const name = open[1];
    const bodyStart = open.index! + open[0].length;
    const close = markdown.indexOf(CLOSE, bodyStart);
    if (close < 0) {
      throw new InputError(
        `${file}: <!-- figures:${name} --> is never closed, expected ${CLOSE}`,
      );
    }
    const body = sections[name];
    if (body === undefined) {
      throw new InputError(
        `${file}: no result file gives the figures of section "${name}", expected one of ${Object.keys(
          sections,
        ).join(', ')}`,
      );
    }
    text += `${markdown.slice(from, bodyStart)}\n${body.trim()}\n`;
    from = close;
    names.push(name);
  }
  return { text: text + markdown.slice(from), names };
}
