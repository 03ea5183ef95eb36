import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { paymentsApiScorecard } from '../../__testUtils__/fixtures';
import { renderWithReadiness } from '../../__testUtils__/renderWithReadiness';
import { partitionChecks } from '../../lib/checks';
import { FALLBACK_TIERS } from '../../lib/tiers';
import { OtherChecks } from './OtherChecks';

describe('OtherChecks', () => {
  const parts = partitionChecks(paymentsApiScorecard);

  it('starts collapsed and opens on click', async () => {
    const user = userEvent.setup();
    await renderWithReadiness(
      <OtherChecks
        tiers={FALLBACK_TIERS}
        passing={parts.passing}
        waived={parts.waived}
        notApplicable={parts.notApplicable}
      />,
    );

    const toggle = screen.getByRole('button', {
      name: 'Waived, passing and not applicable checks (4)',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(
      toggle.getAttribute('aria-controls')!,
    );
    expect(panel).not.toBeVisible();

    await user.click(toggle);

    expect(panel).toBeVisible();
    expect(
      screen.getByRole('heading', { name: 'Waived (1)' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('readiness-check-fallback')).toHaveTextContent(
      'approved by cto: vendor contract pending',
    );
  });

  it('leaves out empty groups', async () => {
    const user = userEvent.setup();
    await renderWithReadiness(
      <OtherChecks
        tiers={FALLBACK_TIERS}
        passing={parts.passing}
        waived={[]}
        notApplicable={[]}
      />,
    );

    await user.click(screen.getByRole('button'));

    expect(screen.getByRole('heading', { name: 'Passing (2)' })).toBeVisible();
    expect(screen.queryByTestId('readiness-waived')).not.toBeInTheDocument();
  });
});
