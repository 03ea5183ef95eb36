import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { betaByMarchHistory } from '../../__testUtils__/initiativeFixtures';
import { burnUpRows, InitiativeBurnUp } from './InitiativeBurnUp';

const day = (date: string) => Date.parse(`${date}T00:00:00Z`);

describe('InitiativeBurnUp', () => {
  it('starts at the first record and runs the needed pace on to the deadline', () => {
    expect(burnUpRows(betaByMarchHistory)).toEqual([
      { time: day('2027-01-04'), inScope: 12, done: 3, needed: 3 },
      { time: day('2027-01-18'), inScope: 12, done: 6, needed: 4.5 },
      { time: day('2027-02-01'), inScope: 12, done: 9, needed: 5.9 },
      { time: day('2027-03-31'), needed: 12 },
    ]);
  });

  it('adds no deadline point once the last record is on it', () => {
    const rows = burnUpRows({
      ...betaByMarchHistory,
      pace: {
        from: { date: '2027-01-04', done: 3 },
        to: { date: '2027-02-01', done: 12 },
      },
    });
    expect(rows).toHaveLength(3);
  });

  it('says when nothing is recorded yet', async () => {
    await renderInTestApp(
      <InitiativeBurnUp
        history={{ ...betaByMarchHistory, pace: undefined, points: [] }}
      />,
    );
    expect(screen.getByTestId('readiness-burnup-empty')).toHaveTextContent(
      'No progress recorded yet: the burn-up starts with the first recompute on or after the start date (4 Jan 2027).',
    );
  });
});
