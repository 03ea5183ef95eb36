import { resolvePackagePath } from '@backstage/backend-plugin-api';
import fs from 'node:fs';
import path from 'node:path';
import { goalOf } from './format';
import { replaceMarkedSections } from './markedSections';
import { readResultFiles } from './results';
import { compareSection, renderSections } from './sections';
import { readmeFigures } from './updateReadmes';

const repoRoot = path.dirname(resolvePackagePath('@internal/readiness-bench'));
const resultsDir = path.join(repoRoot, 'bench', 'results');

describe('marked sections', () => {
  const readme = [
    '# Title',
    'Before.',
    '<!-- figures:a -->',
    'old figure 1.0 s',
    '<!-- /figures -->',
    'Between.',
    '<!-- figures:b -->',
    '<!-- /figures -->',
    'After.',
  ].join('\n');

  it('replaces the body of each section and nothing else', () => {
    const { text, names } = replaceMarkedSections(
      readme,
      { a: 'new figure 2.0 s', b: 'b figures\n', c: 'unused' },
      'README.md',
    );
    expect(names).toEqual(['a', 'b']);
    expect(text).toBe(
      [
        '# Title',
        'Before.',
        '<!-- figures:a -->',
        'new figure 2.0 s',
        '<!-- /figures -->',
        'Between.',
        '<!-- figures:b -->',
        'b figures',
        '<!-- /figures -->',
        'After.',
      ].join('\n'),
    );
  });

  it('refuses a section no result file gives, and one left open', () => {
    expect(() =>
      replaceMarkedSections(readme, { a: 'x' }, 'README.md'),
    ).toThrow(
      'README.md: no result file gives the figures of section "b", expected one of a',
    );
    expect(() =>
      replaceMarkedSections('<!-- figures:a -->\n1 s', { a: 'x' }, 'README.md'),
    ).toThrow('README.md: <!-- figures:a --> is never closed');
  });
});

describe('figures from the result files', () => {
  it('writes goals from the keys of the result files', () => {
    expect(goalOf('scoringAtLeast20x')).toBe('>= 20x');
    expect(goalOf('scorecardP95Under50ms')).toBe('< 50 ms');
    expect(goalOf('recomputeUnder60s')).toBe('< 60 s');
    expect(goalOf('recomputeGrowthUnder10Percent')).toBe('< 10%');
    expect(() => goalOf('fast')).toThrow('does not end in AtLeast<n>x');
  });

  it('follows the result file: another run, other figures', () => {
    const results = readResultFiles(resultsDir);
    const compare = JSON.parse(JSON.stringify(results.get('compare-1000')));
    const before = compareSection('compare-1000', compare);
    compare.scoring.ratio = 12.34;
    compare.goals.scoringAtLeast20x = false;
    compare.date = '2027-01-02T03:04:05.000Z';
    const after = compareSection('compare-1000', compare);
    expect(before).not.toContain('12.3x');
    expect(after).toContain('| 12.3x (20x, missed) |');
    expect(after).toContain('Not every goal is met.');
    expect(after).toContain('run on 2027-01-02');
  });

  it('renders a section for every result file', () => {
    const sections = renderSections(readResultFiles(resultsDir));
    expect(Object.keys(sections).sort()).toEqual(
      fs
        .readdirSync(resultsDir)
        .filter(f => f.endsWith('.json'))
        .map(f => f.replace(/\.json$/, ''))
        .sort(),
    );
  });

  it('README.md and bench/README.md show the figures of bench/results', () => {
    for (const readme of readmeFigures(repoRoot)) {
      expect(readme.sections.length).toBeGreaterThan(0);
      // If this fails: yarn workspace @internal/readiness-bench figures
      expect({ file: readme.file, text: readme.current }).toEqual({
        file: readme.file,
        text: readme.expected,
      });
    }
  });
});
