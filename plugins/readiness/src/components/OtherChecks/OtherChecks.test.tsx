import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { readinessHandlers } from '../../__testUtils__/readinessServer';
import { paymentsApiScorecard } from '../../__testUtils__/fixtures';
import { renderWithReadiness } from '../../__testUtils__/renderWithReadiness';
import { partitionChecks } from '../../lib/checks';
import { FALLBACK_TIERS } from '../../lib/tiers';
import { OtherChecks } from './OtherChecks';

describe('OtherChecks', () => {
  const server = setupServer();
  registerMswTestHooks(server);
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

  it("opens every check's documentation, waived, passing or not applicable", async () => {
    server.use(...readinessHandlers());
    const user = userEvent.setup();
    await renderWithReadiness(
      <OtherChecks
        tiers={FALLBACK_TIERS}
        passing={parts.passing}
        waived={parts.waived}
        notApplicable={parts.notApplicable}
      />,
    );
    await user.click(screen.getByRole('button', { name: /Waived, passing/ }));

    for (const check of [...parts.waived, ...parts.passing, ...parts.notApplicable]) {
      expect(
        within(screen.getByTestId(`readiness-check-${check.checkId}`)).getByRole(
          'button',
          { name: `About “${check.title}”` },
        ),
      ).toBeInTheDocument();
    }
    const passing = parts.passing[0];
    await user.click(screen.getByRole('button', { name: `About “${passing.title}”` }));
    const dialog = await screen.findByRole('dialog', { name: passing.title });
    expect(await within(dialog).findByTestId('readiness-check-doc')).toHaveTextContent(
      'Why it matters',
    );
  });

  it('wraps long messages and evidence inside the card', async () => {
    const long = `See ${'https://wiki.example.com/very/long/path/'.repeat(8)}`;
    const user = userEvent.setup();
    await renderWithReadiness(
      <OtherChecks
        tiers={FALLBACK_TIERS}
        passing={[{ ...parts.passing[0], message: long }]}
        waived={[]}
        notApplicable={[]}
      />,
    );
    await user.click(screen.getByRole('button', { name: /Waived, passing/ }));

    const row = screen.getByTestId(`readiness-check-${parts.passing[0].checkId}`);
    expect(row).toHaveTextContent(long);
    expect(getComputedStyle(row).overflowWrap).toBe('anywhere');
  });
});
