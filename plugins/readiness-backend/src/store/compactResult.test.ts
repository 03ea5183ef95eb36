import {
  CheckStatus,
  compileRubric,
  evaluate,
} from '@readiness-scorecards/plugin-readiness-common';
import { service, smallRubric } from '../__testUtils__/smallRubric';
import {
  categoryScoresOf,
  checkIdsOfLayoutKey,
  checksOf,
  decodeStatuses,
  encodeStatuses,
  failingChecksOf,
  layoutKeyOf,
  nextTierOf,
  statusesInRubricOrder,
  summarizeStoredResult,
} from './compactResult';

const ALL: CheckStatus[] = [
  'pass',
  'warn',
  'fail',
  'invalid',
  'waived',
  'not-applicable',
];
const compiled = compileRubric(smallRubric);
const rubricIds = compiled.checks.map(c => c.id); // owner, style, runbook, on-call, slo

describe('compactResult', () => {
  it.each([
    [[], ''],
    [ALL, 'pwfixn'],
    [['fail', 'fail', 'pass'], 'ffp'],
    [['not-applicable'], 'n'],
  ] as Array<[CheckStatus[], string]>)(
    'encodes %j as "%s" and back',
    (statuses, codes) => {
      expect(encodeStatuses(statuses)).toBe(codes);
      expect(decodeStatuses(codes)).toEqual(statuses);
    },
  );

  it('round-trips every sequence of up to three statuses', () => {
    const sequences: CheckStatus[][] = [[]];
    for (let length = 1; length <= 3; length++) {
      for (const prefix of sequences.filter(s => s.length === length - 1)) {
        for (const status of ALL) sequences.push([...prefix, status]);
      }
    }
    expect(sequences).toHaveLength(1 + 6 + 36 + 216);
    for (const statuses of sequences) {
      const codes = encodeStatuses(statuses);
      expect(codes).toHaveLength(statuses.length);
      expect(decodeStatuses(codes)).toEqual(statuses);
    }
  });

  it('refuses a code no status has', () => {
    expect(() => decodeStatuses('pq')).toThrow(
      'Stored check statuses "pq" hold "q" at 1, expected one of pwfixn',
    );
  });

  it('keys a layout by its check ids, the empty layout included', () => {
    expect(layoutKeyOf(['owner', 'on-call'])).toBe('owner,on-call');
    expect(checkIdsOfLayoutKey('owner,on-call')).toEqual(['owner', 'on-call']);
    expect(layoutKeyOf([])).toBe('');
    expect(checkIdsOfLayoutKey('')).toEqual([]);
  });

  it('lists failing and invalid checks in stored order', () => {
    const result = { layout: ['a', 'b', 'c', 'd', 'e'], codes: 'fpixw' };
    expect(failingChecksOf(result)).toEqual(['a', 'c']);
    expect(checksOf(result)).toEqual([
      { checkId: 'a', status: 'fail' },
      { checkId: 'b', status: 'pass' },
      { checkId: 'c', status: 'invalid' },
      { checkId: 'd', status: 'waived' },
      { checkId: 'e', status: 'warn' },
    ]);
  });

  it('maps stored statuses onto the rubric in force: missing checks do not apply, removed ones are left out', () => {
    // Written by an older rubric: no style check, a check since removed.
    const result = {
      layout: ['slo', 'removed', 'owner', 'runbook', 'on-call'],
      codes: 'ffpfp',
    };
    expect(statusesInRubricOrder(compiled, result)).toEqual([
      'pass', // owner
      'not-applicable', // style
      'fail', // runbook
      'pass', // on-call
      'fail', // slo
    ]);
    expect(failingChecksOf(result)).toEqual(['slo', 'removed', 'runbook']);
  });

  it('leaves out a category in which no check applies (n/a, not 0)', () => {
    const statuses = compiled.checks.map(() => 'not-applicable' as const);
    expect(categoryScoresOf(compiled, statuses)).toEqual({});
    const failing = compiled.checks.map(() => 'fail' as const);
    expect(categoryScoresOf(compiled, failing)).toEqual({ ops: 0 });
  });

  it('scores and tiers like the engine for a result of the same rubric', () => {
    const now = new Date('2026-11-21T00:00:00Z');
    for (const evidence of [
      [],
      ['owner'],
      ['owner', 'style', 'runbook'],
      ['owner', 'runbook', 'on-call'],
      ['owner', 'runbook', 'on-call', 'slo', 'style'],
    ]) {
      const card = evaluate(compiled, {
        entity: service('payments-api', evidence),
        related: {},
        now,
      });
      const result = {
        layout: card.checks.map(c => c.checkId),
        codes: encodeStatuses(card.checks.map(c => c.status)),
      };
      expect(result.layout).toEqual(rubricIds);
      const statuses = statusesInRubricOrder(compiled, result);
      expect(categoryScoresOf(compiled, statuses)).toEqual(
        Object.fromEntries(
          card.categories
            .filter(c => c.applicable > 0)
            .map(c => [c.category, c.score]),
        ),
      );
      expect(nextTierOf(compiled, statuses)).toEqual({
        nextTier: card.nextTier,
        blockers: card.blockers,
      });
      expect(
        summarizeStoredResult(compiled, {
          tier: card.tier,
          score: card.score,
          result,
        }),
      ).toEqual({
        tier: card.tier,
        nextTier: card.nextTier,
        score: card.score,
        blockers: card.blockers,
        failingChecks: card.checks
          .filter(c => c.status === 'fail' || c.status === 'invalid')
          .map(c => c.checkId),
        checks: card.checks.map(c => ({
          checkId: c.checkId,
          status: c.status,
        })),
      });
    }
  });

  it('gives no next tier to a result no check of the rubric applies to', () => {
    const statuses = statusesInRubricOrder(compiled, {
      layout: ['gone'],
      codes: 'f',
    });
    expect(statuses.every(s => s === 'not-applicable')).toBe(true);
    expect(nextTierOf(compiled, statuses)).toEqual({
      nextTier: null,
      blockers: [],
    });
  });
});
