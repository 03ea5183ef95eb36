import {
  baselineOf,
  dayOf,
  initiativeOutlook,
  parseDay,
} from '@readiness-scorecards/plugin-readiness-common';
import {
  EXAMPLE_INITIATIVES,
  exampleInitiativesFor,
} from './exampleInitiatives';
import { EXAMPLE_DATES_WRITTEN_ON } from './shiftDates';

/** Done today in the example catalog (examples/README.md, intended tiers). */
const DONE_TODAY: Record<string, number> = {
  'engineering-beta': 9,
  'ai-data-beta': 2,
};

function statesOn(now: Date) {
  return Object.fromEntries(
    exampleInitiativesFor(EXAMPLE_DATES_WRITTEN_ON, now).map(
      ({ initiative, measuredBefore = [] }) => {
        const points = measuredBefore.map(p => ({
          day: parseDay(p.date)!,
          inScope: p.inScope,
          done: p.done,
        }));
        const startDay = parseDay(initiative.startDate)!;
        const { state } = initiativeOutlook({
          startDay,
          deadlineDay: parseDay(initiative.deadline)!,
          today: dayOf(now),
          inScope: points[0].inScope,
          done: DONE_TODAY[initiative.id],
          baseline: baselineOf(points, startDay),
        });
        return [initiative.id, state];
      },
    ),
  );
}

describe('the example initiatives', () => {
  it('are written for the day of the example files, all measurements before it', () => {
    const writtenOn = parseDay(EXAMPLE_DATES_WRITTEN_ON)!;
    for (const { initiative, measuredBefore = [] } of EXAMPLE_INITIATIVES) {
      expect(parseDay(initiative.startDate)!).toBeLessThan(writtenOn);
      expect(parseDay(initiative.deadline)!).toBeGreaterThan(writtenOn);
      expect(measuredBefore[0].date).toBe(initiative.startDate);
      expect(measuredBefore.every(p => parseDay(p.date)! < writtenOn)).toBe(
        true,
      );
    }
  });

  it.each([
    '2026-11-21T09:00:00Z',
    '2027-06-30T23:59:00Z',
    '2031-02-01T00:00:00Z',
  ])('keep one on track and one at risk on %s, dates moved to it', iso => {
    const now = new Date(iso);
    expect(statesOn(now)).toEqual({
      'engineering-beta': 'on-track',
      'ai-data-beta': 'at-risk',
    });
    const [engineering] = exampleInitiativesFor(EXAMPLE_DATES_WRITTEN_ON, now);
    // As far from today as from 2026-11-21: started 40 days before, 55 days left.
    expect(dayOf(now) - parseDay(engineering.initiative.startDate)!).toBe(40);
    expect(parseDay(engineering.initiative.deadline)! - dayOf(now)).toBe(55);
  });
});
