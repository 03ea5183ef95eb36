import { screen, within } from '@testing-library/react';
import { renderWithReadiness } from '../../__testUtils__/renderWithReadiness';
import { ownerRollup } from '../../__testUtils__/rollupFixtures';
import { CategoryHeatmap } from './CategoryHeatmap';

const categories = [
  { id: 'ownership', title: 'Ownership' },
  { id: 'security', title: 'Security' },
  { id: 'documentation', title: 'Documentation' },
];

describe('CategoryHeatmap', () => {
  it('shows n/a, named for screen readers, where no check of a category applies, never a score of 0', async () => {
    await renderWithReadiness(
      <CategoryHeatmap rollup={ownerRollup} categories={categories} />,
    );

    const rows = within(screen.getByRole('table')).getAllByRole('row');
    const cellsOf = (name: string) =>
      within(rows.find(r => r.textContent?.startsWith(name))!)
        .getAllByRole('cell')
        .map(c => c.textContent)
        .slice(1, 4);
    // The group without an owner has only ownership scores (0 is a score).
    expect(cellsOf('No value')).toEqual(['0', 'n/a', 'n/a']);
    expect(cellsOf('Payments Team')).toEqual(['100', '80', '20']);
    expect(
      screen.getByLabelText('Security: not applicable, no check of it applies'),
    ).toHaveTextContent('n/a');
    expect(screen.getByText(/n\/a: no check of the category applies/)).toBeInTheDocument();
  });
});
