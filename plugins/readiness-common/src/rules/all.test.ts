import { runRule, withAnnotations, component } from '../__testUtils__/fixtures';
import type { EvidenceRule } from './ruleTypes';

const url = (key: string): EvidenceRule => ({
  type: 'annotation-format',
  keys: [key],
  format: 'url',
});

describe('all rule', () => {
  const rule: EvidenceRule = {
    type: 'all',
    rules: [url('a/plan'), { type: 'annotation', keys: ['a/stage'] }],
  };

  it('passes when every rule passes, with all the evidence', () => {
    const outcome = runRule(
      rule,
      withAnnotations({ 'a/plan': 'https://x.example.com', 'a/stage': 'ga' }),
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toHaveLength(2);
  });

  it('lists every gap', () => {
    expect(runRule(rule, component()).message).toBe(
      'a/plan is not set; a/stage is not set',
    );
  });

  it('is invalid when any part is invalid', () => {
    const outcome = runRule(rule, withAnnotations({ 'a/plan': 'nope' }));
    expect(outcome.status).toBe('invalid');
    expect(outcome.message).toBe(
      'a/plan is "nope", expected a URL starting with https://; a/stage is not set',
    );
  });

  it('warns when the worst part warns', () => {
    const warnAll: EvidenceRule = {
      type: 'all',
      rules: [
        { type: 'annotation', keys: ['a/stage'] },
        { type: 'freshness', key: 'a/date', maxAgeDays: 10 },
      ],
    };
    expect(
      runRule(
        warnAll,
        withAnnotations({ 'a/stage': 'ga', 'a/date': '2026-02-20' }),
      ).status,
    ).toBe('warn');
  });
});
