import type { ReadinessModuleInitiative } from '@readiness-scorecards/plugin-readiness-node';
import { daysSince, shiftDatesInText } from './shiftDates';

/**
 * The example organisation's two initiatives, with dates written for
 * 2026-11-21 like the example files, and what was measured before that day
 * (the demo's burn-up so far). On that day, and on any day the dates are
 * moved to:
 *
 * - engineering-beta is on track: 5 of 11 at beta at its start 40 days
 *   ago, 9 now (payment-gateway-adapter and search-service remain); at
 *   that pace every one is done 15 days before the deadline;
 * - ai-data-beta is at risk: 1 of 6 at its start 61 days ago, 2 now; at
 *   that pace 2.4 are done by the deadline in 27 days.
 *
 * The demo backend's database starts empty, so these are the only points
 * before today's recompute.
 */
export const EXAMPLE_INITIATIVES: ReadinessModuleInitiative[] = [
  {
    initiative: {
      id: 'engineering-beta',
      title: "Engineering's production services reach beta",
      description:
        'Every production component of the engineering department meets the beta checks before the January release freeze.',
      target: { tier: 'beta' },
      scope: {
        owner: ['group:default/engineering'],
        kind: ['Component'],
        lifecycle: ['production'],
      },
      startDate: '2026-10-12',
      deadline: '2027-01-15',
      owningGroup: 'group:default/platform-team',
    },
    measuredBefore: [
      { date: '2026-10-12', inScope: 11, done: 5 },
      { date: '2026-10-26', inScope: 11, done: 6 },
      { date: '2026-11-09', inScope: 11, done: 8 },
    ],
  },
  {
    initiative: {
      id: 'ai-data-beta',
      title: 'AI and data components reach beta',
      description:
        'Every component of data and AI has on-call, runbooks, alerting and the AI checks of beta before the year-end review.',
      target: { tier: 'beta' },
      scope: { owner: ['group:default/data-and-ai'], kind: ['Component'] },
      startDate: '2026-09-21',
      deadline: '2026-12-18',
      owningGroup: 'group:default/data-and-ai',
    },
    measuredBefore: [
      { date: '2026-09-21', inScope: 6, done: 1 },
      { date: '2026-10-19', inScope: 6, done: 2 },
    ],
  },
];

/** The example initiatives with every date moved by the days since `writtenOn`. */
export function exampleInitiativesFor(
  writtenOn: string,
  now: Date,
): ReadinessModuleInitiative[] {
  const days = daysSince(writtenOn, now);
  return JSON.parse(
    shiftDatesInText(JSON.stringify(EXAMPLE_INITIATIVES), days),
  ) as ReadinessModuleInitiative[];
}
