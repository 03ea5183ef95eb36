import { screen } from '@testing-library/react';
import { daysAgo, paymentsApiScorecard } from '../../__testUtils__/fixtures';
import { renderWithReadiness } from '../../__testUtils__/renderWithReadiness';
import { partitionChecks } from '../../lib/checks';
import { FALLBACK_TIERS } from '../../lib/tiers';
import { TierOverview } from './TierOverview';

function isBefore(a: Node, b: Node): boolean {
  return Boolean(
    // eslint-disable-next-line no-bitwise
    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
}

describe('TierOverview', () => {
  it('shows the path, the time at the tier and the blockers, in that order', async () => {
    const { blockers } = partitionChecks(paymentsApiScorecard);
    await renderWithReadiness(
      <TierOverview
        tiers={FALLBACK_TIERS}
        tier="pilot"
        nextTier="beta"
        tierSince={daysAgo(10)}
        blockers={blockers}
        unknownBlockerIds={[]}
      />,
    );

    const path = screen.getByTestId('readiness-tier-path');
    const age = screen.getByTestId('readiness-tier-age');
    const list = screen.getByTestId('readiness-blockers');
    expect(age).toHaveTextContent('Stuck in Pilot for 10 days.');
    expect(isBefore(path, age)).toBe(true);
    expect(isBefore(age, list)).toBe(true);
  });
});
