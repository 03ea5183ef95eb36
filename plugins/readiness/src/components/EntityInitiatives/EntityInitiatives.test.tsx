import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { paymentsApiInitiatives } from '../../__testUtils__/initiativeFixtures';
import { readinessHandlers } from '../../__testUtils__/readinessServer';
import { renderWithReadiness } from '../../__testUtils__/renderWithReadiness';
import { ReadinessContent } from '../ReadinessContent';

describe('EntityInitiatives on the Readiness tab', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  it('says which initiatives the entity is part of and not done with, with the fix for exactly the missing checks', async () => {
    const asked: string[] = [];
    server.events.removeAllListeners();
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/initiatives')) asked.push(url.search);
    });
    server.use(...readinessHandlers({ initiatives: paymentsApiInitiatives }));
    await renderWithReadiness(<ReadinessContent />);

    const section = await screen.findByTestId('readiness-entity-initiatives');
    expect(asked).toEqual(['?entityRef=component%3Adefault%2Fpayments-api']);
    const beta = within(section).getByTestId(
      'readiness-entity-initiative-beta-by-march',
    );
    expect(beta).toHaveTextContent(
      'Part of Every customer-facing service reaches beta: reach Beta by 31 Mar 2027; still missing: On-call routing and Runbook linked.',
    );
    expect(beta).toHaveTextContent('On track');
    const betaFix = within(beta).getByTestId(
      'readiness-entity-initiative-fix-beta-by-march',
    );
    expect(betaFix).toHaveTextContent('pagerduty.com/service-id');
    expect(betaFix).toHaveTextContent('wiki.example.com/payments-api/runbook');

    const runbooks = within(section).getByTestId(
      'readiness-entity-initiative-runbooks-everywhere',
    );
    expect(runbooks).toHaveTextContent(
      'Part of Every service links a runbook: reach Runbook linked by 28 Feb 2027; still missing: Runbook linked.',
    );
    expect(runbooks).toHaveTextContent('At risk');
    const runbookFix = within(runbooks).getByTestId(
      'readiness-entity-initiative-fix-runbooks-everywhere',
    );
    expect(runbookFix).toHaveTextContent(
      'wiki.example.com/payments-api/runbook',
    );
    expect(runbookFix).not.toHaveTextContent('pagerduty');

    // Met already: not shown.
    expect(
      within(section).queryByTestId(
        'readiness-entity-initiative-owners-everywhere',
      ),
    ).toBeNull();
  });

  it('shows nothing for an entity in no open initiative', async () => {
    let answered = false;
    server.events.removeAllListeners();
    server.events.on('response:mocked', ({ request }) => {
      if (new URL(request.url).pathname.endsWith('/initiatives'))
        answered = true;
    });
    server.use(...readinessHandlers());
    await renderWithReadiness(<ReadinessContent />);

    await screen.findByTestId('readiness-content');
    await waitFor(() => expect(answered).toBe(true));
    expect(screen.queryByTestId('readiness-entity-initiatives')).toBeNull();
  });
});
