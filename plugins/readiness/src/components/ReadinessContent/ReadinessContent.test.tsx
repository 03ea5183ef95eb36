import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  newServiceEntity,
  newServiceResponse,
  paymentsApiResponse,
} from '../../__testUtils__/fixtures';
import {
  errorBody,
  notFoundHandler,
  READINESS_BASE_URL,
  readinessHandlers,
} from '../../__testUtils__/readinessServer';
import { renderWithReadiness } from '../../__testUtils__/renderWithReadiness';
import { ReadinessContent } from './ReadinessContent';

describe('ReadinessContent', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  it('shows the tier path with the current tier, then the blockers to the next tier', async () => {
    server.use(...readinessHandlers());
    await renderWithReadiness(<ReadinessContent />);

    const path = await screen.findByTestId('readiness-tier-path');
    expect(
      within(path)
        .getAllByRole('listitem')
        .map(li => li.textContent),
    ).toEqual(['Pilotcurrent tier', 'Betanext tier', 'Productionnot reached']);
    expect(screen.getByTestId('readiness-tier-pilot')).toHaveAttribute(
      'aria-current',
      'step',
    );

    expect(
      screen.getByRole('heading', { name: '4 blockers to Beta' }),
    ).toBeInTheDocument();
    const blockers = screen.getByRole('list', { name: 'Blockers to Beta' });
    expect(
      within(blockers)
        .getAllByRole('listitem')
        .map(li => li.textContent?.split(/Failing|Invalid evidence/)[0]),
    ).toEqual([
      'On-call routing',
      'Runbook linked',
      'Actionable alerts',
      'Rollout plan and stage',
    ]);

    // Blockers come before any other section of the page.
    const headings = screen
      .getAllByRole('heading')
      .map(h => h.textContent ?? '');
    expect(headings.indexOf('4 blockers to Beta')).toBeLessThan(
      headings.indexOf('Score'),
    );
  });

  it('says how long the entity has been stuck at its tier', async () => {
    server.use(...readinessHandlers());
    await renderWithReadiness(<ReadinessContent />);

    expect(await screen.findByTestId('readiness-tier-age')).toHaveTextContent(
      'Stuck in Pilot for 143 days.',
    );
  });

  it('shows the score and a score per category', async () => {
    server.use(...readinessHandlers());
    await renderWithReadiness(<ReadinessContent />);

    expect(await screen.findByTestId('readiness-score')).toHaveTextContent(
      '46.2out of 100',
    );
    expect(screen.getByTestId('readiness-category-security')).toHaveTextContent(
      'Security33.3 (0 of 2 checks pass)',
    );
    expect(
      screen.getByRole('progressbar', { name: 'Operations score' }),
    ).toHaveAttribute('aria-valuenow', '0');
  });

  it('links the owner group and the operational owner, with their email', async () => {
    server.use(...readinessHandlers());
    await renderWithReadiness(<ReadinessContent />);

    const owner = await screen.findByTestId('readiness-owner-group');
    expect(
      within(owner).getByRole('link', { name: 'Payments team' }),
    ).toHaveAttribute('href', '/catalog/default/group/payments-team');
    expect(
      within(owner).getByRole('link', { name: 'payments@acme.example' }),
    ).toHaveAttribute('href', 'mailto:payments@acme.example');
    expect(
      within(owner).getByRole('link', { name: 'Jane Doe' }),
    ).toHaveAttribute('href', '/catalog/default/user/jane-doe');

    const operational = screen.getByTestId('readiness-operational-owner');
    expect(
      within(operational).getByRole('link', { name: 'Jonas Lindqvist' }),
    ).toHaveAttribute('href', '/catalog/default/user/jonas-lindqvist');
    expect(
      within(operational).getByRole('link', { name: 'jonas@acme.example' }),
    ).toBeInTheDocument();
  });

  it('shows every other gap with its YAML fix, and the decision gate', async () => {
    server.use(...readinessHandlers());
    await renderWithReadiness(<ReadinessContent />);

    const gaps = await screen.findByRole('list', { name: 'Other gaps' });
    expect(
      within(gaps)
        .getAllByRole('heading', { level: 3 })
        .map(h => h.textContent),
    ).toEqual([
      'Security and access review',
      'Code and dependency scanning',
      'Errors tracked',
    ]);
    expect(
      within(gaps).getByTestId('readiness-fix-security-review'),
    ).toHaveTextContent('readiness/security-review');
    expect(
      within(gaps).getByRole('button', {
        name: 'Copy YAML for Security and access review',
      }),
    ).toBeInTheDocument();

    expect(screen.getByTestId('readiness-decision')).toHaveTextContent(
      'Decision: Undecided',
    );
    expect(screen.getByTestId('readiness-decision')).toHaveTextContent(
      'Due: 26 Feb 2027',
    );
  });

  it('keeps passing, waived and not-applicable checks in a collapsed panel', async () => {
    server.use(...readinessHandlers());
    const user = userEvent.setup();
    await renderWithReadiness(<ReadinessContent />);

    const toggle = await screen.findByRole('button', {
      name: /Waived, passing and not applicable checks \(4\)/,
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const waived = screen.getByTestId('readiness-check-fallback');
    expect(waived).toHaveTextContent('Waiver until 1 Mar 2027');
    expect(within(waived).getByRole('link', { name: /cto/ })).toHaveAttribute(
      'href',
      '/catalog/default/user/cto',
    );
    expect(screen.getByTestId('readiness-passing')).toHaveTextContent(
      'Owned by a group with members',
    );
    expect(screen.getByTestId('readiness-not-applicable')).toHaveTextContent(
      'Dependencies declared',
    );
  });

  it('charts the history', async () => {
    server.use(...readinessHandlers());
    await renderWithReadiness(<ReadinessContent />);

    const history = await screen.findByTestId('readiness-history');
    expect(
      await within(history).findByText(/3 changes recorded since/),
    ).toHaveTextContent(/Latest: Pilot, score 46\.2\./);
    expect(history.querySelector('.recharts-surface')).not.toBeNull();
  });

  it('uses the tier titles of the rubric in force', async () => {
    server.use(
      ...readinessHandlers({
        rubric: {
          tiers: [
            { id: 'pilot', title: 'Experiment' },
            { id: 'beta', title: 'Limited' },
            { id: 'production', title: 'General availability' },
          ],
          categories: [],
          weights: { blocker: 3, major: 2, minor: 1 },
          checks: [],
        },
      }),
    );
    await renderWithReadiness(<ReadinessContent />);

    expect(
      await screen.findByRole('heading', { name: '4 blockers to Limited' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('readiness-tier-age')).toHaveTextContent(
      'Stuck in Experiment for 143 days.',
    );
  });

  it('falls back to the default tier names when the rubric cannot be loaded', async () => {
    server.use(
      http.get(`${READINESS_BASE_URL}/checks`, () =>
        HttpResponse.json(errorBody('Error', 'rubric store down', 500), {
          status: 500,
        }),
      ),
      ...readinessHandlers(),
    );
    await renderWithReadiness(<ReadinessContent />);

    expect(
      await screen.findByText(
        /Could not load the rubric, so tiers show their default names: rubric store down/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId('readiness-tier-path')).toHaveTextContent('Beta');
  });

  it('says what failed when the scorecard cannot be loaded', async () => {
    server.use(
      notFoundHandler(
        '/scorecards/default/component/payments-api',
        'component:default/payments-api',
      ),
      ...readinessHandlers(),
    );
    await renderWithReadiness(<ReadinessContent />);

    expect(await screen.findByTestId('readiness-error')).toHaveTextContent(
      'Could not load the readiness scorecard: No entity component:default/payments-api found in the catalog (HTTP 404)',
    );
    expect(screen.queryByTestId('readiness-tier-path')).not.toBeInTheDocument();
  });

  it('shows a progress bar while loading', async () => {
    server.use(
      http.get(
        `${READINESS_BASE_URL}/scorecards/:namespace/:kind/:name`,
        () => new Promise(() => {}),
      ),
      ...readinessHandlers(),
    );
    await renderWithReadiness(<ReadinessContent />);

    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('gives an entity without readiness evidence a get-started block with the pilot YAML', async () => {
    server.use(...readinessHandlers({ scorecard: newServiceResponse }));
    await renderWithReadiness(<ReadinessContent />, {
      entity: newServiceEntity,
    });

    const getStarted = await screen.findByTestId('readiness-get-started');
    expect(
      screen.getByRole('heading', { name: 'Get started with readiness' }),
    ).toBeInTheDocument();
    // The verdict line still comes first; the guide follows it.
    expect(
      screen.getByTestId('readiness-verdict').compareDocumentPosition(getStarted) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    const yaml = within(getStarted)
      .getByTestId('readiness-get-started-fix')
      .querySelector('code')?.textContent;
    expect(yaml).toBe(
      [
        'metadata:',
        '  annotations:',
        '    # Decide the number before you build.',
        '    readiness/success-metric: "<what you measure>"',
        '    readiness/success-threshold: "<the value that counts as success>"',
        '    backstage.io/techdocs-ref: dir:.',
        '  description: "<one sentence on what fresh-service does>"',
        '  links:',
        '    - url: https://grafana.example.com/d/fresh-service',
        '      title: Dashboard',
        '      type: dashboard',
        '',
      ].join('\n'),
    );
    // Beta's checks are not part of getting started.
    expect(yaml).not.toContain('pagerduty');
    expect(screen.getByTestId('readiness-tier-age')).toHaveTextContent(
      'Not yet reached Pilot.',
    );
  });

  it('does not show the get-started block once there is evidence', async () => {
    server.use(...readinessHandlers({ scorecard: paymentsApiResponse }));
    await renderWithReadiness(<ReadinessContent />);

    await screen.findByTestId('readiness-tier-path');
    expect(
      screen.queryByTestId('readiness-get-started'),
    ).not.toBeInTheDocument();
  });
});
