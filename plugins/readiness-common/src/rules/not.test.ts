import { runRule, withAnnotations, component } from '../__testUtils__/fixtures';
import type { EvidenceRule } from './ruleTypes';

describe('not rule', () => {
  const rule: EvidenceRule = {
    type: 'not',
    rule: { type: 'annotation', keys: ['readiness/deprecated'] },
    message: 'marked deprecated',
  };

  it('inverts pass and fail', () => {
    expect(runRule(rule, component()).status).toBe('pass');
    const outcome = runRule(
      rule,
      withAnnotations({ 'readiness/deprecated': 'yes' }),
    );
    expect(outcome).toMatchObject({
      status: 'fail',
      message: 'marked deprecated',
    });
  });

  it('keeps invalid as invalid', () => {
    expect(
      runRule(rule, withAnnotations({ 'readiness/deprecated': '' })).status,
    ).toBe('invalid');
  });

  it('keeps an unverifiable failure as a failure', () => {
    const offline: EvidenceRule = {
      type: 'not',
      rule: { type: 'owner-group' },
    };
    expect(runRule(offline, component())).toMatchObject({
      status: 'fail',
      unverifiable: true,
    });
  });
});
