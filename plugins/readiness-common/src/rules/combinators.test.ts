import type { Entity } from '@backstage/catalog-model';
import {
  runRule,
  withAnnotations,
  component,
  viewOf,
} from '../__testUtils__/fixtures';
import { compileRule } from './compileRule';
import type { EvidenceRule } from '../model/rules';

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

describe('static outcomes', () => {
  it('gives the same answers whether or not the combination was seen before', () => {
    const rule: EvidenceRule = {
      type: 'all',
      rules: [
        {
          type: 'any',
          rules: [{ type: 'link', linkTypes: ['slo'] }, url('readiness/slo')],
        },
        { type: 'annotation', keys: ['a/stage'] },
      ],
    };
    // One compiled rule, run on several entities: the cache lives in it.
    const compiled = compileRule(rule);
    const run = (entity: Entity) =>
      compiled(viewOf(entity), { customEvaluators: {}, checkId: 'x' });
    const missing = run(component());
    const present = run(
      withAnnotations({
        'readiness/slo': 'https://s.example.com',
        'a/stage': 'ga',
      }),
    );
    const half = run(withAnnotations({ 'a/stage': 'ga' }));
    expect(run(component())).toBe(missing);
    expect(Object.isFrozen(missing)).toBe(true);
    expect(missing).toMatchObject({
      status: 'fail',
      message:
        'no link of type slo in metadata.links, and readiness/slo is not set; a/stage is not set',
    });
    expect(present.status).toBe('pass');
    expect(half).toMatchObject({
      status: 'fail',
      message:
        'no link of type slo in metadata.links, and readiness/slo is not set',
    });
    expect(half.evidence).toHaveLength(1);
  });
});
