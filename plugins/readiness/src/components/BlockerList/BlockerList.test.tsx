import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { combineFixes } from '@readiness-scorecards/plugin-readiness-common';
import { paymentsApiChecks } from '../../__testUtils__/fixtures';
import { renderWithReadiness } from '../../__testUtils__/renderWithReadiness';
import { FALLBACK_TIERS } from '../../lib/tiers';
import { BlockerList } from './BlockerList';

const onCall = paymentsApiChecks.find(c => c.checkId === 'on-call')!;
const runbook = paymentsApiChecks.find(c => c.checkId === 'runbook')!;

describe('BlockerList', () => {
  it('lists the blockers in order, one compact row each, expanding to the fix', async () => {
    await renderWithReadiness(
      <BlockerList
        tiers={FALLBACK_TIERS}
        nextTier="beta"
        blockers={[onCall, runbook]}
      />,
    );

    const list = screen.getByTestId('readiness-blockers');
    const rows = within(list).getAllByRole('button');
    expect(rows.map(r => r.textContent)).toEqual([
      expect.stringMatching(/^On-call routing.*Blocker.*acts$/),
      expect.stringMatching(/^Runbook linked.*Blocker.*acts$/),
    ]);
    expect(within(list).queryByTestId('readiness-fix-on-call')).toBeNull();
    await userEvent.click(rows[0]);
    expect(rows[0]).toHaveAttribute('aria-expanded', 'true');
    expect(within(list).getByTestId('readiness-fix-on-call')).toBeInTheDocument();
    expect(within(list).queryByTestId('readiness-fix-runbook')).toBeNull();
  });

  it('names who acts by the title the scorecard response gives, else by name', async () => {
    await renderWithReadiness(
      <BlockerList
        tiers={FALLBACK_TIERS}
        nextTier="beta"
        blockers={[
          { ...onCall, actor: 'group:default/payments-team' },
          { ...runbook, actor: 'user:default/nobody-known' },
        ]}
        people={{ ownerGroup: { entityRef: 'group:default/payments-team', title: 'Payments team' } }}
      />,
    );

    const rows = within(screen.getByTestId('readiness-blockers')).getAllByRole('button');
    expect(rows[0]).toHaveTextContent(/Payments team acts$/);
    expect(rows[1]).toHaveTextContent(/nobody-known acts$/);
  });

  it('copies every fix as one YAML patch with each key once', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    await renderWithReadiness(
      <BlockerList tiers={FALLBACK_TIERS} nextTier="beta" blockers={[onCall, runbook]} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Copy all fixes to Beta' }));
    expect(writeText).toHaveBeenCalledTimes(1);
    const yaml = writeText.mock.calls[0][0] as string;
    // The engine's patch (parsed and property-tested in readiness-common), each key once.
    expect(yaml).toBe(combineFixes([onCall, runbook]).yaml);
    expect(yaml.match(/^metadata:/gm)).toHaveLength(1);
    expect(yaml.match(/^ {2}annotations:/gm)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('names blocker ids whose result is missing', async () => {
    await renderWithReadiness(
      <BlockerList
        tiers={FALLBACK_TIERS}
        nextTier="beta"
        blockers={[onCall]}
        unknownBlockerIds={['retired-check']}
      />,
    );

    expect(
      screen.getByRole('heading', { name: '2 blockers to Beta' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('readiness-blockers')).toHaveTextContent(
      'Check retired-check blocks Beta, but its result is missing',
    );
  });

  it('says nothing blocks the next tier when the list is empty', async () => {
    await renderWithReadiness(
      <BlockerList
        tiers={FALLBACK_TIERS}
        nextTier="production"
        blockers={[]}
      />,
    );

    expect(
      screen.getByRole('heading', { name: 'Nothing blocks Production' }),
    ).toBeInTheDocument();
  });

  it('says the top tier is reached when there is no next tier', async () => {
    await renderWithReadiness(
      <BlockerList tiers={FALLBACK_TIERS} nextTier={null} blockers={[]} />,
    );

    expect(screen.getByTestId('readiness-blockers-none')).toHaveTextContent(
      'Top tier reached',
    );
  });
});
