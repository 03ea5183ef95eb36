/** YYYY-MM-DD of the day `days` from the test's start. */
const dayFromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The test backend's `readiness.initiatives`, dated from the test's own
 * start: every component to beta (what ml-team owns included), and on-call
 * and a runbook for data-and-ai (ml-team is one of its teams).
 */
export const TEST_INITIATIVES = [
  {
    id: 'components-reach-beta',
    title: 'Every component reaches beta',
    target: { tier: 'beta' },
    scope: { kind: 'Component' },
    startDate: dayFromNow(-30),
    deadline: dayFromNow(60),
    owningGroup: 'group:default/platform-team',
  },
  {
    id: 'data-and-ai-on-call',
    title: 'Data and AI services have on-call and a runbook',
    target: { checks: ['on-call', 'runbook'] },
    scope: { owner: ['group:default/data-and-ai'] },
    startDate: dayFromNow(-10),
    deadline: dayFromNow(20),
  },
];
