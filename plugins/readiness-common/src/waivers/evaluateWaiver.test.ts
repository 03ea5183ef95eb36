import {
  catalogRelated,
  component,
  daysFromNow,
  viewOf,
} from '../__testUtils__/fixtures';
import { evaluateWaiver } from './evaluateWaiver';

const settings = { maxDays: 90, expiringDays: 14 };
const annotation = 'readiness/waiver.runbook';
const judge = (value: string, related = catalogRelated()) =>
  evaluateWaiver(annotation, value, viewOf(component(), related), settings);

describe('evaluateWaiver', () => {
  it('is valid inside the maximum, outside the last 14 days', () => {
    const until = daysFromNow(30);
    expect(
      judge(`until=${until}; approver=user:default/cto; reason=vendor`),
    ).toEqual({
      until,
      approver: 'user:default/cto',
      reason: 'vendor',
      annotation,
      state: 'valid',
      daysLeft: 30,
      approverInOwningGroup: false,
      message: `waived until ${until} (30 days left) by user:default/cto: vendor`,
    });
  });

  it('is expiring in its last 14 days, still a waiver', () => {
    const waiver = judge(
      `until=${daysFromNow(14)}; approver=user:default/cto; reason=vendor`,
    );
    expect(waiver.state).toBe('expiring');
    expect(waiver.message).toBe(
      `waived until ${daysFromNow(
        14,
      )}, expiring in 14 days, by user:default/cto: vendor`,
    );
    expect(
      judge(`until=${daysFromNow(0)}; approver=user:default/cto; reason=v`)
        .message,
    ).toContain('expiring today');
  });

  it('is expired the day after until', () => {
    const waiver = judge(
      `until=${daysFromNow(-1)}; approver=user:default/cto; reason=vendor`,
    );
    expect(waiver.state).toBe('expired');
    expect(waiver.message).toBe(
      `waiver expired on ${daysFromNow(-1)} (1 day ago)`,
    );
  });

  it('is too long past the maximum from now', () => {
    expect(
      judge(`until=${daysFromNow(90)}; approver=user:default/cto; reason=v`)
        .state,
    ).toBe('valid');
    const waiver = judge(
      `until=${daysFromNow(91)}; approver=user:default/cto; reason=v`,
    );
    expect(waiver.state).toBe('too-long');
    expect(waiver.message).toBe(
      `readiness/waiver.runbook runs until ${daysFromNow(
        91,
      )}, 91 days away, longer than the 90-day maximum; expected until on or before ${daysFromNow(
        90,
      )}`,
    );
  });

  it('flags an approver from the owning group, and keeps the waiver', () => {
    const waiver = judge(
      `until=${daysFromNow(30)}; approver=user:default/jane; reason=v`,
    );
    expect(waiver.state).toBe('valid');
    expect(waiver.approverInOwningGroup).toBe(true);
    expect(waiver.message).toContain(
      'flagged: the approver is a member of the owning group group:default/payments, expected someone outside the team',
    );
  });

  it('says malformed waivers are malformed', () => {
    const waiver = judge('whenever');
    expect(waiver.state).toBe('malformed');
    expect(waiver.message).toContain('expected "until=YYYY-MM-DD');
  });

  it('does not judge the approver offline', () => {
    const waiver = evaluateWaiver(
      annotation,
      `until=${daysFromNow(30)}; approver=user:default/jane; reason=v`,
      viewOf(component()),
      settings,
    );
    expect(waiver.approverInOwningGroup).toBeUndefined();
  });
});
