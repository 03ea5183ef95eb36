import { runRule, withAnnotations, component } from '../__testUtils__/fixtures';
import type { EvidenceRule } from './ruleTypes';

const url = (key: string): EvidenceRule => ({
  type: 'annotation-format',
  keys: [key],
  format: 'url',
});

describe('any rule', () => {
  const rule: EvidenceRule = {
    type: 'any',
    rules: [{ type: 'link', linkTypes: ['runbook'] }, url('readiness/runbook')],
  };

  it('passes when one alternative passes', () => {
    expect(
      runRule(
        rule,
        component({
          links: [{ url: 'https://r.example.com', type: 'runbook' }],
        }),
      ).status,
    ).toBe('pass');
    expect(
      runRule(
        rule,
        withAnnotations({ 'readiness/runbook': 'https://r.example.com' }),
      ).status,
    ).toBe('pass');
  });

  it('prefers a passing alternative over an invalid one', () => {
    const entity = component({
      annotations: { 'readiness/runbook': 'see wiki' },
      links: [{ url: 'https://r.example.com', type: 'runbook' }],
    });
    expect(runRule(rule, entity).status).toBe('pass');
  });

  it('reports invalid evidence over missing evidence', () => {
    expect(
      runRule(rule, withAnnotations({ 'readiness/runbook': 'see wiki' }))
        .message,
    ).toBe(
      'readiness/runbook is "see wiki", expected a URL starting with https://',
    );
  });

  it('merges alternatives about the same value', () => {
    const either: EvidenceRule = {
      type: 'any',
      rules: [
        url('readiness/handover'),
        {
          type: 'annotation-format',
          keys: ['readiness/handover'],
          format: 'key-value',
          requiredKeys: ['date', 'url'],
        },
      ],
    };
    expect(
      runRule(either, withAnnotations({ 'readiness/handover': 'done' }))
        .message,
    ).toBe(
      'readiness/handover is "done", expected a URL starting with https://, or "date=<text>; url=<text>" ("done" is not a key=value pair)',
    );
    expect(
      runRule(either, withAnnotations({ 'readiness/handover': 'date' }))
        .message,
    ).toContain('readiness/handover is "date"');
    expect(runRule(either, component()).message).toBe(
      'readiness/handover is not set',
    );
  });

  it('fails naming every alternative', () => {
    expect(runRule(rule, component()).message).toBe(
      'no link of type runbook in metadata.links, and readiness/runbook is not set',
    );
  });
});
