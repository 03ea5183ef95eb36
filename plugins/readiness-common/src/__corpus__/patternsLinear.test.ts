/**
 * Every regular expression the engine runs on entity data matches in linear
 * time, proven statically rather than by timing a match (a timed test fails
 * on a busy machine and passes a slow pattern on a fast one): the default
 * rubric's patterns and every regex written in this package's source go
 * through recheck's automaton checker, which decides whether a pattern can
 * backtrack super-linearly. Its answer does not depend on the machine or a
 * random seed.
 */
import path from 'node:path';
import { checkSync } from 'recheck';
import { defaultRubric } from '../rubric/defaultRubric';
import {
  NUMBER_MAX_LENGTH,
  NUMBER_RE,
  parseNumberValue,
} from '../parsing/numbers';
import { titlePattern } from '../rules/linkMatchers';
import { regexLiteralsIn } from '../__testUtils__/regexLiterals';

/** How recheck classifies a pattern: linear, or why not. */
function complexityOf(source: string, flags: string): string {
  // The automaton checker is exact and deterministic; it cannot analyse
  // back-references or look-arounds, which then count as not proven linear.
  const result = checkSync(source, flags.replace(/[gy]/g, ''), {
    checker: 'automaton',
  });
  if (result.status === 'safe') {
    return result.complexity.type === 'safe'
      ? 'linear'
      : result.complexity.type;
  }
  if (result.status === 'vulnerable') return result.complexity.type;
  return `not analysable (${result.error.kind})`;
}

/** Every `titles` list of a link rule in a rule tree. */
function linkTitles(rule: unknown): string[][] {
  if (typeof rule !== 'object' || rule === null) return [];
  const value = rule as Record<string, unknown>;
  const here =
    value.type === 'link' && Array.isArray(value.titles)
      ? [value.titles as string[]]
      : [];
  return [
    ...here,
    ...Object.values(value).flatMap(child =>
      Array.isArray(child) ? child.flatMap(linkTitles) : linkTitles(child),
    ),
  ];
}

/** Every annotation-pattern rule in a rule tree (all, any, not nest others). */
function patternRules(
  rule: unknown,
): Array<{ pattern: string; flags: string }> {
  if (typeof rule !== 'object' || rule === null) return [];
  const value = rule as Record<string, unknown>;
  const here =
    value.type === 'annotation-pattern' && typeof value.pattern === 'string'
      ? [{ pattern: value.pattern, flags: String(value.flags ?? '') }]
      : [];
  return [
    ...here,
    ...Object.values(value).flatMap(child =>
      Array.isArray(child) ? child.flatMap(patternRules) : patternRules(child),
    ),
  ];
}

describe('regular expressions run in linear time', () => {
  it('the checker tells linear patterns from backtracking ones', () => {
    expect(complexityOf('^[a-z0-9-]+$', '')).toBe('linear');
    // Two \s* side by side: quadratic on a long run of spaces.
    expect(complexityOf('^\\d+\\s*\\s*USD$', '')).toBe('polynomial');
    expect(complexityOf('^(a+)+$', 'i')).toBe('exponential');
  });

  it("the default rubric's patterns", () => {
    const patterns = defaultRubric.checks.flatMap(check =>
      patternRules(check.evidence).map(p => ({ check: check.id, ...p })),
    );
    expect(patterns.length).toBeGreaterThan(0);
    expect(
      patterns.map(p => ({
        check: p.check,
        complexity: complexityOf(p.pattern, p.flags),
      })),
    ).toEqual(patterns.map(p => ({ check: p.check, complexity: 'linear' })));
  });

  it("every regex in this package's source", () => {
    const { found, dynamic } = regexLiteralsIn(path.resolve(__dirname, '..'));
    expect(found.length).toBeGreaterThan(10);
    // The patterns built at run time: the rubric's (checked above), the
    // number parser's and the link title matchers' (checked below).
    expect(dynamic.map(where => where.split(':')[0])).toEqual([
      path.join('parsing', 'numbers.ts'),
      path.join('rules', 'annotationPattern.ts'),
      path.join('rules', 'annotationPattern.ts'),
      path.join('rules', 'linkMatchers.ts'),
    ]);
    expect(
      found.map(p => ({
        where: p.where,
        pattern: p.source,
        complexity: complexityOf(p.source, p.flags),
      })),
    ).toEqual(
      found.map(p => ({
        where: p.where,
        pattern: p.source,
        complexity: 'linear',
      })),
    );
  });

  it("the default rubric's link title matchers", () => {
    const lists = defaultRubric.checks.flatMap(check =>
      linkTitles(check.evidence),
    );
    expect(lists.length).toBeGreaterThan(3);
    for (const words of lists) {
      const re = titlePattern(words)!;
      expect({ words, complexity: complexityOf(re.source, re.flags) }).toEqual({
        words,
        complexity: 'linear',
      });
    }
  });

  it('the number parser is at worst polynomial, on input capped in length', () => {
    // Its optional metric words and spaces make it polynomial in the worst
    // case (recheck's fuzzer finds that); never exponential, and the parser
    // refuses anything longer than the cap before matching.
    const result = checkSync(NUMBER_RE.source, NUMBER_RE.flags, {
      checker: 'fuzz',
      randomSeed: 1,
    });
    expect(
      result.status === 'safe' ? 'linear' : (result as { complexity?: { type: string } }).complexity?.type,
    ).not.toBe('exponential');
    expect(parseNumberValue('1'.repeat(NUMBER_MAX_LENGTH))).toBeDefined();
    expect(parseNumberValue('1'.repeat(NUMBER_MAX_LENGTH + 1))).toBeUndefined();
  });
});
