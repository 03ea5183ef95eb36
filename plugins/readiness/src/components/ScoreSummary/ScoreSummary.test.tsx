import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { paymentsApiScorecard } from '../../__testUtils__/fixtures';
import { formatScore, ScoreSummary } from './ScoreSummary';

describe('ScoreSummary', () => {
  it('shows the score and each category with its pass count', async () => {
    await renderInTestApp(
      <ScoreSummary
        score={paymentsApiScorecard.score}
        categories={paymentsApiScorecard.categories}
      />,
    );

    expect(screen.getByTestId('readiness-score')).toHaveTextContent(
      '46.2out of 100',
    );
    expect(
      screen.getByTestId('readiness-category-ownership'),
    ).toHaveTextContent('Ownership100 (2 of 2 checks pass)');
    const bar = screen.getByRole('progressbar', { name: 'Security score' });
    expect(bar).toHaveAttribute('aria-valuenow', '33');
    expect(bar).toHaveAttribute('aria-valuetext', '33.3 out of 100');
  });

  it('shows n/a, not 0, for a category in which no check applies', async () => {
    await renderInTestApp(
      <ScoreSummary
        score={50}
        categories={[
          { category: 'ai', title: 'AI', score: 0, passed: 0, applicable: 0 },
          { category: 'ops', title: 'Operations', score: 50, passed: 1, applicable: 2 },
        ]}
      />,
    );
    expect(screen.getByTestId('readiness-category-ai')).toHaveTextContent('AIn/a (no check applies)');
    expect(screen.queryByRole('progressbar', { name: 'AI score' })).toBeNull();
    expect(screen.getByRole('progressbar', { name: 'Operations score' })).toBeInTheDocument();
  });

  it('rounds to one decimal', () => {
    expect(formatScore(66.666)).toBe('66.7');
    expect(formatScore(100)).toBe('100');
  });
});
