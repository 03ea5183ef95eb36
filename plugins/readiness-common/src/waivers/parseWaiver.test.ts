import fc from 'fast-check';
import { parseWaiver } from './parseWaiver';

const annotation = 'readiness/waiver.runbook';

describe('parseWaiver', () => {
  it('reads until, approver and reason, normalising the approver', () => {
    expect(
      parseWaiver(
        annotation,
        'until=2026-04-01; approver=Jane; reason=vendor contract pending; ticket=OPS-1',
      ),
    ).toEqual({
      ok: true,
      until: '2026-04-01',
      untilDay: 20544,
      approver: 'user:default/jane',
      reason: 'vendor contract pending',
    });
  });

  it.each([
    ['see ticket', '"see ticket" is not a key=value pair'],
    ['until=2026-04-01; approver=user:default/jane', 'reason is missing'],
    ['reason=x', 'until and approver are missing'],
    [
      'until=next month; approver=user:default/jane; reason=x',
      'until="next month" is not a date YYYY-MM-DD',
    ],
    [
      'until=2026-04-01; approver=group:default/leads; reason=x',
      'approver="group:default/leads" is not a user ref such as user:default/jane',
    ],
  ])('explains a malformed waiver %p', (value, detail) => {
    const parsed = parseWaiver(annotation, value);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toBe(
      `readiness/waiver.runbook is ${JSON.stringify(
        value,
      )} (${detail}), expected "until=YYYY-MM-DD; approver=user:default/<name>; reason=<text>"`,
    );
  });

  it('never throws, whatever the value', () => {
    fc.assert(
      fc.property(fc.anything(), value => {
        const parsed = parseWaiver(annotation, value);
        expect(parsed.ok || parsed.message.includes('expected')).toBe(true);
      }),
    );
  });
});
