import { InputError } from '@backstage/errors';
import { compileRubric } from '../engine/compileRubric';
import { evaluate } from '../engine/evaluate';
import type { CheckDefinition } from '../model/rubric';
import { component, NOW } from '../__testUtils__/fixtures';
import { defaultRubric } from './defaultRubric';
import { loadRubricFromConfig } from './loadRubricFromConfig';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function errorOf(value: unknown): Error {
  try {
    loadRubricFromConfig(value);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected loadRubricFromConfig to throw');
}

const newCheck = {
  title: 'Load tested',
  category: 'reliability',
  tier: 'production',
  severity: 'major',
  evidence: {
    type: 'annotation-format',
    keys: ['acme.com/load-test'],
    format: 'url',
  },
  fix: {
    annotations: { 'acme.com/load-test': 'https://perf.example.com/{{name}}' },
  },
};

describe('loadRubricFromConfig', () => {
  it('gives the default rubric without config', () => {
    expect(loadRubricFromConfig(undefined)).toBe(defaultRubric);
    expect(loadRubricFromConfig(null)).toBe(defaultRubric);
    expect(loadRubricFromConfig({})).toEqual(defaultRubric);
  });

  it('adds a check after the defaults', () => {
    const rubric = loadRubricFromConfig({ checks: { 'load-test': newCheck } });
    expect(rubric.checks).toHaveLength(defaultRubric.checks.length + 1);
    expect(rubric.checks.at(-1)).toEqual({
      id: 'load-test',
      description: '',
      ...newCheck,
    });
    const card = evaluate(compileRubric(rubric), {
      entity: component(),
      related: {},
      now: NOW,
    });
    expect(card.checks.at(-1)).toMatchObject({
      checkId: 'load-test',
      status: 'fail',
    });
  });

  it('disables a check', () => {
    const rubric = loadRubricFromConfig({
      checks: { cost: { enabled: false } },
    });
    expect(rubric.checks.map(c => c.id)).not.toContain('cost');
  });

  it("changes a check's tier, severity, evidence and fix", () => {
    const rubric = loadRubricFromConfig({
      checks: {
        runbook: {
          tier: 'pilot',
          severity: 'major',
          evidence: { type: 'link', linkTypes: ['runbook', 'playbook'] },
          fix: { docUrl: 'https://wiki.example.com/runbooks' },
        },
      },
    });
    const runbook = rubric.checks.find(c => c.id === 'runbook')!;
    expect(runbook).toMatchObject({
      tier: 'pilot',
      severity: 'major',
      evidence: { type: 'link', linkTypes: ['runbook', 'playbook'] },
    });
    // The fix is merged: the default snippet stays, the doc link changes.
    expect(runbook.fix?.annotations).toEqual({
      'readiness/runbook': 'https://runbooks.example.com/{{name}}',
    });
    expect(runbook.fix?.docUrl).toBe('https://wiki.example.com/runbooks');
  });

  it('sets weights, waiver maximum, doc base URL and scope', () => {
    const rubric = loadRubricFromConfig({
      weights: { blocker: 10 },
      waivers: { maxDays: 30 },
      docBaseUrl:
        'https://github.com/acme/portal/blob/main/docs/annotations.md',
      appliesTo: { kind: ['Component', 'Resource'] },
    });
    expect(rubric.weights).toEqual({ blocker: 10, major: 3, minor: 1 });
    expect(rubric.waivers).toEqual({ maxDays: 30, expiringDays: 14 });
    expect(rubric.appliesTo).toEqual({ kind: ['Component', 'Resource'] });
    const card = evaluate(compileRubric(rubric), {
      entity: component(),
      related: {},
      now: NOW,
    });
    expect(card.checks[0].fix?.docUrl).toBe(
      'https://github.com/acme/portal/blob/main/docs/annotations.md#owner-group',
    );
  });

  it('renames tiers and categories', () => {
    const rubric = loadRubricFromConfig({
      tiers: [
        { id: 'pilot', title: 'Experiment' },
        { id: 'beta', title: 'Limited availability' },
        { id: 'production', title: 'General availability' },
      ],
      categories: [
        { id: 'ai', title: 'Machine learning' },
        { id: 'finance', title: 'Finance' },
      ],
    });
    expect(rubric.tiers.map(t => t.title)).toEqual([
      'Experiment',
      'Limited availability',
      'General availability',
    ]);
    expect(rubric.categories.find(c => c.id === 'ai')?.title).toBe(
      'Machine learning',
    );
    expect(rubric.categories.at(-1)).toEqual({
      id: 'finance',
      title: 'Finance',
    });
  });

  it('remaps checks when tier ids change, using replaces', () => {
    const rubric = loadRubricFromConfig({
      tiers: [
        { id: 'bronze', title: 'Bronze', replaces: 'pilot' },
        { id: 'silver', title: 'Silver', replaces: 'beta' },
        { id: 'gold', title: 'Gold', replaces: 'production' },
      ],
      checks: { cost: { tier: 'silver' } },
    });
    const tierOf = (id: string) => rubric.checks.find(c => c.id === id)!.tier;
    expect([
      tierOf('owner-group'),
      tierOf('runbook'),
      tierOf('decision'),
      tierOf('cost'),
    ]).toEqual(['bronze', 'silver', 'gold', 'silver']);
    expect(compileRubric(rubric).tiers.map(t => t.id)).toEqual([
      'bronze',
      'silver',
      'gold',
    ]);
  });

  it('rejects checks left in a tier that no longer exists', () => {
    const error = errorOf({
      tiers: [
        { id: 'bronze', title: 'Bronze', replaces: 'pilot' },
        { id: 'gold', title: 'Gold', replaces: 'production' },
      ],
    });
    expect(error).toBeInstanceOf(InputError);
    expect(error.message.split('\n')[0]).toBe(
      'readiness.rubric.checks.operational-owner.tier: unknown tier "beta", expected one of bronze, gold (tiers were redefined: add replaces: <old id> to a tier, or set the check\'s tier)',
    );
  });

  it('starts from no checks with replaceDefault, keeping default tiers', () => {
    const rubric = loadRubricFromConfig({
      replaceDefault: true,
      checks: { 'load-test': newCheck },
    });
    expect(rubric.checks.map(c => c.id)).toEqual(['load-test']);
    expect(rubric.tiers).toEqual(defaultRubric.tiers);
  });

  it('adds checks from backend modules, which config can change', () => {
    const moduleCheck: CheckDefinition = {
      id: 'pagerduty-schedule',
      title: 'Schedule has people',
      description: '',
      category: 'operations',
      tier: 'beta',
      severity: 'major',
      evidence: { type: 'custom', evaluator: 'pagerduty-schedule' },
    };
    const rubric = loadRubricFromConfig(
      {
        replaceDefault: true,
        checks: { 'pagerduty-schedule': { severity: 'minor' } },
      },
      { extraChecks: [moduleCheck] },
    );
    expect(rubric.checks).toEqual([{ ...moduleCheck, severity: 'minor' }]);
    expect(
      loadRubricFromConfig(undefined, { extraChecks: [moduleCheck] }).checks.at(
        -1,
      ),
    ).toEqual(moduleCheck);
  });

  describe('errors name the key path and what was expected', () => {
    it.each([
      [
        { checks: { runbook: { severity: 'critical' } } },
        'readiness.rubric.checks.runbook.severity: expected one of blocker, major, minor, got "critical"',
      ],
      [
        { checks: { runbook: { tier: 'ga' } } },
        'readiness.rubric.checks.runbook.tier: unknown tier "ga", expected one of pilot, beta, production',
      ],
      [
        { checks: { 'load-test': { ...newCheck, category: 'finance' } } },
        'readiness.rubric.checks.load-test.category: unknown category "finance", expected one of ownership, operations, observability, reliability, security, documentation, ai',
      ],
      [
        {
          checks: {
            cost: {
              evidence: {
                type: 'annotation-pattern',
                keys: ['x/y'],
                pattern: '(unclosed',
              },
            },
          },
        },
        /^readiness\.rubric\.checks\.cost\.evidence\.pattern: invalid regular expression "\(unclosed" \(.+\), expected a valid JavaScript regular expression$/,
      ],
      [
        { checks: { runbook: { sevrity: 'major' } } },
        /^readiness\.rubric\.checks\.runbook: unknown key "sevrity", expected only the keys title, description, category, tier, severity/,
      ],
      [
        {
          checks: { runbook: { evidence: { type: 'anotation', keys: ['a'] } } },
        },
        /^readiness\.rubric\.checks\.runbook\.evidence\.type: expected one of annotation, annotation-format, .*custom, got "anotation"$/,
      ],
      [
        { checks: { 'load-test': { title: 'x' } } },
        /^readiness\.rubric\.checks\.load-test\.category: is required \(expected string\); "load-test" is not a default check, so it is a new check and needs title, category, tier, severity and evidence$/,
      ],
      [
        { checks: { Load_Test: newCheck } },
        'readiness.rubric.checks.Load_Test: check id "Load_Test": expected lowercase letters, digits and dashes (at most 50)',
      ],
      [
        {
          tiers: [
            { id: 'a', title: 'A' },
            { id: 'a', title: 'B' },
          ],
          replaceDefault: true,
          checks: { x: { ...newCheck, tier: 'a' } },
        },
        'readiness.rubric.tiers: duplicate tier id "a", expected unique ids',
      ],
      [
        { tiers: [] },
        'readiness.rubric.tiers: expected at least one tier, got []',
      ],
      [
        { weights: { major: -1 } },
        'readiness.rubric.weights.major: expected a number >= 0, got -1',
      ],
      [
        { waivers: { maxDays: 'ninety' } },
        'readiness.rubric.waivers.maxDays: expected number, got string "ninety"',
      ],
      [
        { waivers: { maxDays: 0.5 } },
        'readiness.rubric.waivers.maxDays: expected a whole number of days, got 0.5',
      ],
      [
        { tiers: [{ id: 'gold', title: 'Gold', replaces: 'platinum' }] },
        'readiness.rubric.tiers[0].replaces: unknown tier "platinum", expected one of pilot, beta, production',
      ],
      [
        {
          checks: { runbook: { evidence: { type: 'freshness', key: 'a/b' } } },
        },
        "readiness.rubric.checks.runbook.evidence.maxAgeDays: expected a window: maxAgeDays here, windowFrom, or the check's freshness.maxAgeDays",
      ],
      [
        {
          checks: {
            runbook: {
              evidence: {
                type: 'annotation-format',
                keys: ['a'],
                format: 'enum',
              },
            },
          },
        },
        'readiness.rubric.checks.runbook.evidence.values: expected a non-empty list',
      ],
      [
        { replaceDefault: true },
        'readiness.rubric.checks: no check left, expected at least one check',
      ],
      ['yes', 'readiness.rubric: expected object, got string "yes"'],
    ])('%j', (config, expected) => {
      const error = errorOf(config);
      expect(error).toBeInstanceOf(InputError);
      const pattern =
        typeof expected === 'string'
          ? new RegExp(`^${escapeRegExp(expected)}$`)
          : expected;
      expect(error.message.split('\n')).toContainEqual(
        expect.stringMatching(pattern),
      );
    });

    it('reports every problem at once', () => {
      const error = errorOf({
        checks: { runbook: { severity: 'critical' }, cost: { tier: 'ga' } },
      });
      expect(error.message.split('\n')).toHaveLength(2);
    });

    it('checks nested rules', () => {
      const error = errorOf({
        checks: {
          runbook: {
            evidence: {
              type: 'any',
              rules: [{ type: 'link', linkTypes: [] }, { type: 'field' }],
            },
          },
        },
      });
      expect(error.message.split('\n')).toEqual([
        'readiness.rubric.checks.runbook.evidence.rules[0].linkTypes: expected a non-empty list, got []',
        'readiness.rubric.checks.runbook.evidence.rules[1].path: is required (expected string)',
      ]);
    });
  });
});
