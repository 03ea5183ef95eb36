import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { FALLBACK_TIERS } from '../../lib/tiers';
import { TierPath } from './TierPath';

describe('TierPath', () => {
  it('marks tiers below the current one as reached and the next as next', async () => {
    await renderInTestApp(
      <TierPath tiers={FALLBACK_TIERS} tier="beta" nextTier="production" />,
    );

    const path = screen.getByRole('list', { name: 'Tier path' });
    expect(
      within(path)
        .getAllByRole('listitem')
        .map(li => li.textContent),
    ).toEqual(['Pilotreached', 'Betacurrent tier', 'Productionnext tier']);
    expect(screen.getByTestId('readiness-tier-beta')).toHaveAttribute(
      'aria-current',
      'step',
    );
    expect(screen.getByTestId('readiness-tier-pilot')).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('highlights nothing when no tier is reached', async () => {
    await renderInTestApp(
      <TierPath tiers={FALLBACK_TIERS} tier={null} nextTier="pilot" />,
    );

    expect(
      screen.getByTestId('readiness-tier-path').querySelector('[aria-current]'),
    ).toBeNull();
    expect(screen.getByTestId('readiness-tier-pilot')).toHaveTextContent(
      'Pilotnext tier',
    );
  });
});
