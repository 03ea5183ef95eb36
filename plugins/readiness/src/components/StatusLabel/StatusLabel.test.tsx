import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { CheckStatusLabel } from './StatusLabel';

describe('CheckStatusLabel', () => {
  it.each([
    ['pass', 'Passing'],
    ['fail', 'Failing'],
    ['invalid', 'Invalid evidence'],
    ['warn', 'Warning'],
    ['waived', 'Waived'],
    ['not-applicable', 'Not applicable'],
  ] as const)('labels %s as %s, not by colour alone', async (status, label) => {
    await renderInTestApp(<CheckStatusLabel status={status} />);

    expect(screen.getByText(label)).toBeInTheDocument();
  });
});
