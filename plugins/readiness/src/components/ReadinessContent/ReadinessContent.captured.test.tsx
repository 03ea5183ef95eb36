/**
 * The tab rendering responses captured from the running backend, so a drift
 * between what the backend sends and what the UI expects shows up here.
 */
import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import {
  capturedRubric,
  legacyPaymentsSoap,
  productCatalogApi,
  searchService,
} from '../../__testUtils__/captured';
import { readinessHandlers } from '../../__testUtils__/readinessServer';
import { renderWithReadiness } from '../../__testUtils__/renderWithReadiness';
import { ReadinessCard } from '../ReadinessCard';
import { ReadinessContent } from './ReadinessContent';

describe('ReadinessContent with captured backend responses', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  it('shows a pilot service blocked from beta by an invalid runbook URL', async () => {
    server.use(
      ...readinessHandlers({
        scorecard: searchService.response,
        history: searchService.history,
        rubric: capturedRubric,
      }),
    );
    await renderWithReadiness(<ReadinessContent />, {
      entity: searchService.entity,
    });

    expect(await screen.findByTestId('readiness-tier-pilot')).toHaveAttribute(
      'aria-current',
      'step',
    );
    const blockers = screen.getByRole('list', { name: 'Blockers to Beta' });
    await userEvent.click(within(blockers).getByRole('button', { name: /^Runbook linked/ }));
    const runbook = within(blockers).getByRole('article', {
      name: 'Runbook linked',
    });
    expect(runbook).toHaveTextContent('Invalid evidence');
    expect(runbook).toHaveTextContent(
      'metadata.annotations["readiness/runbook"]: see the wiki',
    );
    expect(
      within(runbook).getByTestId('readiness-fix-runbook'),
    ).toHaveTextContent(
      'readiness/runbook: https://runbooks.example.com/search-service',
    );
    expect(screen.getByTestId('readiness-score')).toHaveTextContent('65.4');
    expect(
      within(screen.getByTestId('readiness-operational-owner')).getByRole(
        'link',
        { name: 'Kwame Asante' },
      ),
    ).toHaveAttribute('href', '/catalog/default/user/kwame-asante');
    expect(screen.getByTestId('readiness-decision')).toHaveTextContent(
      'Decision: Undecided',
    );
    expect(
      screen.queryByTestId('readiness-get-started'),
    ).not.toBeInTheDocument();
    expect(
      await screen.findByText(/1 change recorded since/),
    ).toHaveTextContent('Latest: Pilot, score 65.4.');
  });

  it('shows an entity below the first tier with a too-long waiver', async () => {
    server.use(
      ...readinessHandlers({
        scorecard: legacyPaymentsSoap.response,
        rubric: capturedRubric,
      }),
    );
    await renderWithReadiness(<ReadinessContent />, {
      entity: legacyPaymentsSoap.entity,
    });

    expect(await screen.findByTestId('readiness-tier-age')).toHaveTextContent(
      /^Not yet reached Pilot/,
    );
    expect(
      screen.getByRole('heading', { name: '2 blockers to Pilot' }),
    ).toBeInTheDocument();
    const review = within(screen.getByTestId('readiness-gaps')).getByRole(
      'article',
      { name: 'Security and access review' },
    );
    expect(within(review).getByTestId('readiness-waiver')).toHaveTextContent(
      'longer than the 90-day maximum',
    );
    expect(screen.getByTestId('readiness-decision')).toHaveTextContent(
      'Decision: Kill',
    );
  });

  it('says readiness does not apply to an entity no check applies to', async () => {
    server.use(
      ...readinessHandlers({
        scorecard: productCatalogApi.response,
        rubric: capturedRubric,
      }),
    );
    await renderWithReadiness(<ReadinessContent />, {
      entity: productCatalogApi.entity,
    });

    expect(
      await screen.findByText('Readiness does not apply to this entity'),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('readiness-tier-path')).not.toBeInTheDocument();
  });

  it('says the same on the card', async () => {
    server.use(
      ...readinessHandlers({
        scorecard: productCatalogApi.response,
        rubric: capturedRubric,
      }),
    );
    await renderWithReadiness(<ReadinessCard />, {
      entity: productCatalogApi.entity,
    });

    expect(
      await screen.findByText(/Readiness does not apply to this entity/),
    ).toBeInTheDocument();
    expect(screen.queryByText('Top tier reached.')).not.toBeInTheDocument();
  });
});
