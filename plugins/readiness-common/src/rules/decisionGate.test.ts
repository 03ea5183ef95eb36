import {
  daysFromNow,
  runRule,
  viewOf,
  withAnnotations,
} from '../__testUtils__/fixtures';
import { DEFAULT_DECISION_SETTINGS, evaluateDecision } from './decisionGate';

const rule = { type: 'decision-gate' as const };
const gate = (annotations: Record<string, string>) =>
  evaluateDecision(
    viewOf(withAnnotations(annotations)),
    DEFAULT_DECISION_SETTINGS,
  );

describe('decision gate', () => {
  it.each(['ship', 'kill', 'extend', 'Ship'])(
    'is decided with %s',
    decision => {
      const { gate: g, outcome } = gate({ 'readiness/decision': decision });
      expect(outcome.status).toBe('pass');
      expect(g.state).toBe(decision.toLowerCase());
      expect(g.message).toBe(`decided: ${decision.toLowerCase()}`);
    },
  );

  it('keeps the due date next to a decision', () => {
    expect(
      gate({
        'readiness/decision': 'extend',
        'readiness/decision-due': '2026-06-01',
      }).gate,
    ).toEqual({
      state: 'extend',
      due: '2026-06-01',
      message: 'decided: extend',
    });
  });

  it('is invalid with an unknown decision', () => {
    const { gate: g, outcome } = gate({ 'readiness/decision': 'maybe' });
    expect(outcome.status).toBe('invalid');
    expect(outcome.message).toBe(
      'readiness/decision is "maybe", expected one of ship, kill, extend',
    );
    expect(g.state).toBe('invalid');
  });

  it('passes while undecided with a due date more than 14 days ahead', () => {
    const due = daysFromNow(30);
    const { gate: g, outcome } = gate({ 'readiness/decision-due': due });
    expect(outcome.status).toBe('pass');
    expect(g).toEqual({
      state: 'undecided',
      due,
      message: `no decision yet; due on ${due}, in 30 days`,
    });
  });

  it('warns within 14 days of the due date, including the day itself', () => {
    expect(
      gate({ 'readiness/decision-due': daysFromNow(14) }).outcome.status,
    ).toBe('warn');
    const today = gate({ 'readiness/decision-due': daysFromNow(0) });
    expect(today.outcome.status).toBe('warn');
    expect(today.outcome.message).toBe(
      `no decision yet; due on ${daysFromNow(0)}, today`,
    );
  });

  it('fails as overdue once the due date has passed', () => {
    const due = daysFromNow(-20);
    const { gate: g, outcome } = gate({ 'readiness/decision-due': due });
    expect(outcome.status).toBe('fail');
    expect(outcome.message).toBe(`decision overdue since ${due} (20 days)`);
    expect(g).toEqual({ state: 'overdue', due, message: outcome.message });
  });

  it('fails when there is neither a decision nor a due date', () => {
    const { gate: g, outcome } = gate({});
    expect(outcome.status).toBe('fail');
    expect(g.state).toBe('undecided');
    expect(outcome.message).toContain(
      'expected a decision (ship, kill, extend) or a due date',
    );
  });

  it('is invalid with a malformed due date', () => {
    const { gate: g, outcome } = gate({ 'readiness/decision-due': 'Q3' });
    expect(outcome.message).toBe(
      'readiness/decision-due is "Q3", expected a date YYYY-MM-DD',
    );
    expect(g.state).toBe('invalid');
  });

  it('runs as a rule with custom keys and warning window', () => {
    const custom = {
      type: 'decision-gate' as const,
      decisionKey: 'x/decision',
      dueKey: 'x/due',
      warnDays: 40,
    };
    expect(
      runRule(custom, withAnnotations({ 'x/due': daysFromNow(30) })).status,
    ).toBe('warn');
    expect(
      runRule(
        rule,
        withAnnotations({ 'readiness/decision-due': daysFromNow(30) }),
      ).status,
    ).toBe('pass');
  });
});
