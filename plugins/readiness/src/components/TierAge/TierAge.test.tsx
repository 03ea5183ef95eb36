import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { FALLBACK_TIERS } from '../../lib/tiers';
import { TierAge } from './TierAge';

describe('TierAge', () => {
  it('renders the sentence for the given moment', async () => {
    await renderInTestApp(
      <TierAge
        tiers={FALLBACK_TIERS}
        tier="pilot"
        tierSince="2026-07-01T12:00:00.000Z"
        now={new Date('2026-11-21T12:00:00.000Z')}
      />,
    );

    expect(screen.getByTestId('readiness-tier-age')).toHaveTextContent(
      'Stuck in Pilot for 143 days.',
    );
  });
});
