import { screen, within } from '@testing-library/react';
import { paymentsApiScorecard } from '../../__testUtils__/fixtures';
import { renderWithReadiness } from '../../__testUtils__/renderWithReadiness';
import { partitionChecks } from '../../lib/checks';
import { FALLBACK_TIERS } from '../../lib/tiers';
import { GapList } from './GapList';

describe('GapList', () => {
  it('lists each gap with a heading, most urgent first', async () => {
    const { otherGaps } = partitionChecks(paymentsApiScorecard);
    await renderWithReadiness(
      <GapList tiers={FALLBACK_TIERS} gaps={otherGaps} />,
    );

    expect(
      screen.getByRole('heading', { name: 'Other gaps (3)' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('readiness-gaps'))
        .getAllByRole('article')
        .map(a => a.getAttribute('data-testid')),
    ).toEqual([
      'readiness-gap-security-review',
      'readiness-gap-scanning',
      'readiness-gap-error-tracking',
    ]);
  });

  it('says when there are no other gaps', async () => {
    await renderWithReadiness(<GapList tiers={FALLBACK_TIERS} gaps={[]} />);

    expect(screen.getByText('No other gaps.')).toBeInTheDocument();
  });
});
