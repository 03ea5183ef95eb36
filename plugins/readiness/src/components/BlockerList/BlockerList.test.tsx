import { screen, within } from '@testing-library/react';
import { paymentsApiChecks } from '../../__testUtils__/fixtures';
import { renderWithReadiness } from '../../__testUtils__/renderWithReadiness';
import { FALLBACK_TIERS } from '../../lib/tiers';
import { BlockerList } from './BlockerList';

const onCall = paymentsApiChecks.find(c => c.checkId === 'on-call')!;
const runbook = paymentsApiChecks.find(c => c.checkId === 'runbook')!;

describe('BlockerList', () => {
  it('lists the blockers in order, each with its fix', async () => {
    await renderWithReadiness(
      <BlockerList
        tiers={FALLBACK_TIERS}
        nextTier="beta"
        blockers={[onCall, runbook]}
      />,
    );

    const list = screen.getByTestId('readiness-blockers');
    expect(
      within(list)
        .getAllByRole('heading')
        .map(h => h.textContent),
    ).toEqual(['On-call routing', 'Runbook linked']);
    expect(
      within(list).getByTestId('readiness-fix-on-call'),
    ).toBeInTheDocument();
    expect(
      within(list).getByTestId('readiness-fix-runbook'),
    ).toBeInTheDocument();
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
