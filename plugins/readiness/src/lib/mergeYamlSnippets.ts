/**
 * Merges catalog-info.yaml snippets (each starting at `metadata:` or `spec:`,
 * as the rubric's fixes do) into one snippet, so that `metadata:` and
 * `metadata.annotations:` appear once. Pasting several fixes one after the
 * other would repeat those keys, which YAML rejects.
 *
 * The merge works on the two levels fixes use (`metadata:` then
 * `annotations:` / `links:` / `description: ...`) and keeps comments with the
 * line they precede. A snippet of any other shape makes it fall back to plain
 * concatenation rather than guess.
 */
export function mergeYamlSnippets(snippets: string[]): string {
  const merged = tryMerge(snippets);
  return merged ?? `${snippets.map(s => s.trimEnd()).join('\n')}\n`;
}

interface Block {
  /** Set for a second-level map key such as `annotations`. */
  key?: string;
  lines: string[];
}

interface Section {
  blocks: Block[];
}

const TOP_KEY = /^([A-Za-z_][\w.-]*):\s*$/;
const SECOND_KEY = /^ {2}([A-Za-z_][\w./-]*):\s*$/;

function tryMerge(snippets: string[]): string | undefined {
  const sections = new Map<string, Section>();

  for (const snippet of snippets) {
    let section: Section | undefined;
    let block: Block | undefined;
    let comments: string[] = [];

    const push = (target: Block, line: string) => {
      const indent = ' '.repeat(indentOf(line));
      target.lines.push(...comments.map(c => `${indent}${c}`), line);
      comments = [];
    };

    for (const line of snippet.split('\n').map(l => l.trimEnd())) {
      if (line === '') {
        continue;
      }
      if (/^\s*\t/.test(line)) {
        return undefined;
      }
      if (line.trim().startsWith('#')) {
        comments.push(line.trim());
        continue;
      }
      const indent = indentOf(line);
      if (indent === 0) {
        const top = TOP_KEY.exec(line)?.[1];
        if (!top) {
          return undefined;
        }
        section = sections.get(top) ?? { blocks: [] };
        sections.set(top, section);
        block = undefined;
      } else if (!section) {
        return undefined;
      } else if (indent === 2 && !(block?.key && line.startsWith('  - '))) {
        const key = SECOND_KEY.exec(line)?.[1];
        if (key) {
          block = section.blocks.find(b => b.key === key);
          if (!block) {
            block = { key, lines: [] };
            section.blocks.push(block);
          }
          // A note above `metadata:` or `annotations:` belongs to the lines
          // this snippet adds, which now sit under the shared key.
          block.lines.push(...comments.map(c => `    ${c}`));
          comments = [];
        } else {
          block = { lines: [] };
          section.blocks.push(block);
          push(block, line);
        }
      } else if (block) {
        push(block, line);
      } else {
        return undefined;
      }
    }
  }

  const out: string[] = [];
  for (const [top, section] of sections) {
    out.push(`${top}:`);
    for (const block of dedupeLeaves(section.blocks)) {
      if (block.key) {
        out.push(`  ${block.key}:`, ...dedupeMapLines(block.lines));
      } else {
        out.push(...block.lines);
      }
    }
  }
  return `${out.join('\n')}\n`;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** The same `description: ...` suggested by two checks is written once. */
function dedupeLeaves(blocks: Block[]): Block[] {
  const seen = new Set<string>();
  return blocks.filter(b => {
    if (b.key) {
      return true;
    }
    const text = b.lines.join('\n');
    if (seen.has(text)) {
      return false;
    }
    seen.add(text);
    return true;
  });
}

/**
 * The same annotation suggested by two checks is written once. Lists (links,
 * dependsOn) are left alone: identical lines there belong to different items.
 */
function dedupeMapLines(lines: string[]): string[] {
  if (lines.some(l => l.trimStart().startsWith('- '))) {
    return lines;
  }
  return lines.filter(
    (line, i) => line.trimStart().startsWith('#') || lines.indexOf(line) === i,
  );
}
