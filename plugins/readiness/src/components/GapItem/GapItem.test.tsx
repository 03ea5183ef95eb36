import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { registerMswTestHooks } from '@backstage/test-utils';
import { setupServer } from 'msw/node';
import { paymentsApiChecks } from '../../__testUtils__/fixtures';
import { readinessHandlers } from '../../__testUtils__/readinessServer';
import { renderWithReadiness } from '../../__testUtils__/renderWithReadiness';
import { FALLBACK_TIERS } from '../../lib/tiers';
import { GapItem } from './GapItem';

const check = (id: string) => paymentsApiChecks.find(c => c.checkId === id)!;

describe('GapItem', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  it('shows status, severity, message, evidence, who acts and the fix', async () => {
    await renderWithReadiness(
      <GapItem check={check('runbook')} tiers={FALLBACK_TIERS} />,
    );

    const item = screen.getByRole('article', { name: 'Runbook linked' });
    expect(item).toHaveTextContent('Invalid evidence');
    expect(item).toHaveTextContent('Severity: Blocker');
    expect(item).toHaveTextContent('Tier: Beta');
    expect(item).toHaveTextContent(
      'which is not a URL; expected an http(s) URL',
    );
    expect(item).toHaveTextContent(
      'metadata.annotations["readiness/runbook"]: see the wiki',
    );
    expect(
      within(item).getByRole('link', { name: /jonas-lindqvist/ }),
    ).toHaveAttribute('href', '/catalog/default/user/jonas-lindqvist');
    expect(
      within(item).getByTestId('readiness-fix-runbook').querySelector('code')
        ?.textContent,
    ).toBe(check('runbook').fix!.yaml);
    expect(
      within(item).getByRole('button', {
        name: 'Copy YAML for Runbook linked',
      }),
    ).toBeInTheDocument();
    expect(
      within(item).getByRole('link', { name: /How to fix “Runbook linked”/ }),
    ).toHaveAttribute(
      'href',
      'https://readiness.example.com/docs/checks#runbook',
    );
  });

  it('says when no evidence was found', async () => {
    await renderWithReadiness(
      <GapItem check={check('on-call')} tiers={FALLBACK_TIERS} />,
    );

    expect(screen.getByText('No evidence found.')).toBeInTheDocument();
  });

  it('shows the waiver behind a warning, with its expiry and approver', async () => {
    await renderWithReadiness(
      <GapItem check={check('scanning')} tiers={FALLBACK_TIERS} />,
    );

    const waiver = screen.getByTestId('readiness-waiver');
    expect(waiver).toHaveTextContent('(5 days left), approved by');
    expect(waiver).toHaveTextContent('scanner licence renewal');
    expect(waiver).toHaveTextContent('The waiver expires in 5 days.');
    expect(within(waiver).getByRole('link', { name: /ciso/ })).toHaveAttribute(
      'href',
      '/catalog/default/user/ciso',
    );
  });

  it('leaves out the doc link when the fix has none', async () => {
    await renderWithReadiness(
      <GapItem check={check('rollout')} tiers={FALLBACK_TIERS} />,
    );

    expect(screen.getByTestId('readiness-fix-rollout')).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: /How to fix/ }),
    ).not.toBeInTheDocument();
  });

  it("opens the check's documentation in the portal instead of printing a relative path", async () => {
    server.use(...readinessHandlers());
    const runbook = check('runbook');
    await renderWithReadiness(
      <GapItem
        check={{
          ...runbook,
          fix: { ...runbook.fix!, docUrl: 'docs/annotations.md#runbook' },
        }}
        tiers={FALLBACK_TIERS}
      />,
    );

    expect(screen.queryByText(/docs\/annotations\.md/)).not.toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: /How to fix/ }),
    ).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'About “Runbook linked”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Runbook linked' });
    const doc = await within(dialog).findByTestId('readiness-check-doc');
    expect(doc).toHaveTextContent('Why it matters');
  });
});
