import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { LoadError } from './LoadError';

describe('LoadError', () => {
  it('names what could not be loaded and why', async () => {
    await renderInTestApp(
      <LoadError what="the readiness scorecard" error={new Error('offline')} />,
    );

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Could not load the readiness scorecard: offline',
    );
  });
});
