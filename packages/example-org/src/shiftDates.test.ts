import { daysSince, shiftDatesInText } from './shiftDates';

describe('daysSince', () => {
  it('counts whole UTC days from the reference day, whatever the hour', () => {
    expect(daysSince('2026-11-21', new Date('2026-11-21T00:00:00Z'))).toBe(0);
    expect(daysSince('2026-11-21', new Date('2026-11-21T23:59:59Z'))).toBe(0);
    expect(daysSince('2026-11-21', new Date('2026-11-22T00:00:00Z'))).toBe(1);
    expect(daysSince('2026-11-21', new Date('2027-12-26T13:00:00Z'))).toBe(400);
    expect(daysSince('2026-11-21', new Date('2026-11-01T10:00:00Z'))).toBe(-20);
  });

  it('refuses a reference that is not a date', () => {
    expect(() => daysSince('21/11/2026', new Date())).toThrow(/expected YYYY-MM-DD/);
  });
});

describe('shiftDatesInText', () => {
  it('moves every valid date, across month, year and leap-day boundaries', () => {
    expect(shiftDatesInText('until=2026-12-31; approver=user:default/kwame-asante', 1)).toBe(
      'until=2027-01-01; approver=user:default/kwame-asante',
    );
    expect(shiftDatesInText('2028-02-28', 1)).toBe('2028-02-29');
    expect(shiftDatesInText('url=https://x.example/runs/2026-11-02; date=2026-07-15', 400)).toBe(
      'url=https://x.example/runs/2027-12-07; date=2027-08-19',
    );
    expect(shiftDatesInText('2026-06-30', -30)).toBe('2026-05-31');
  });

  it('keeps malformed dates malformed and other text untouched', () => {
    expect(shiftDatesInText('2026-13-45', 10)).toBe('2026-13-45');
    expect(shiftDatesInText('date=2026-02-30', 10)).toBe('date=2026-02-30');
    expect(shiftDatesInText('last spring', 10)).toBe('last spring');
    expect(shiftDatesInText('SR-2026-041', 10)).toBe('SR-2026-041');
  });

  it('keeps the distance between two dates, so waivers and reviews age alike', () => {
    const shifted = shiftDatesInText('2026-10-06 2027-01-15', 1095).split(' ');
    const gap = (Date.parse(shifted[1]) - Date.parse(shifted[0])) / 86_400_000;
    expect(gap).toBe(101);
  });
});
