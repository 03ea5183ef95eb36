import fs from 'node:fs';
import path from 'node:path';
import { replaceMarkedSections } from './markedSections';
import { readResultFiles } from './results';
import { renderSections } from './sections';

/** The files whose figures come from bench/results, relative to the repository root. */
export const README_FILES = ['README.md', 'bench/README.md'];

export interface ReadmeFigures {
  file: string;
  current: string;
  expected: string;
  sections: string[];
}

/** Each README as it is, and as the result files say it should read. */
export function readmeFigures(repoRoot: string): ReadmeFigures[] {
  const sections = renderSections(
    readResultFiles(path.join(repoRoot, 'bench', 'results')),
  );
  return README_FILES.map(file => {
    const current = fs.readFileSync(path.join(repoRoot, file), 'utf8');
    const { text, names } = replaceMarkedSections(current, sections, file);
    return { file, current, expected: text, sections: names };
  });
}
