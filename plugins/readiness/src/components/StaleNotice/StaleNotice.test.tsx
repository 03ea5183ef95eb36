import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { StaleNotice } from './StaleNotice';

describe('StaleNotice', () => {
  it('says why and since when the numbers are old', async () => {
    await renderInTestApp(
      <StaleNotice
        recompute={{
          stale: true,
          staleReason: 'last-run-failed',
          running: false,
          lastSucceededAt: '2026-11-20T08:00:00.000Z',
        }}
      />,
    );
    expect(screen.getByText(/Readiness data may be out of date/)).toBeInTheDocument();
    expect(screen.getByText(/The latest recompute failed/)).toBeInTheDocument();
    expect(screen.getByText(/20 Nov 2026, 08:00 UTC/)).toBeInTheDocument();
  });

  it('renders nothing for current results', async () => {
    const { container } = await renderInTestApp(
      <StaleNotice recompute={{ stale: false, running: false }} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
