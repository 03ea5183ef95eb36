import { renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ownerTreeRollup } from '../../__testUtils__/rollupFixtures';
import { defaultRubric } from '../../__testUtils__/fixtures';
import { TierDistribution } from './TierDistribution';

async function renderTable(onSort = jest.fn()) {
  await renderInTestApp(
    <TierDistribution
      rollup={ownerTreeRollup}
      tiers={defaultRubric.tiers}
      onSelect={jest.fn()}
      onSort={onSort}
    />,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return within(screen.getByTestId('readiness-rollup-groups'));
}

describe('TierDistribution', () => {
  it('wraps header text between words only, never inside one', async () => {
    const table = await renderTable();
    const headers = table
      .getAllByRole('columnheader')
      .filter(header => header.textContent !== 'Actions');
    expect(headers.length).toBeGreaterThan(10);
    for (const header of headers) {
      const style = window.getComputedStyle(header);
      expect({
        header: header.textContent,
        wordBreak: style.wordBreak,
        hyphens: style.hyphens,
        overflowWrap: style.overflowWrap,
      }).toEqual({
        header: header.textContent,
        wordBreak: 'keep-all',
        hyphens: 'none',
        overflowWrap: 'normal',
      });
    }
  });

  it('asks for a column’s sort in its natural order, and the other way round when it is the sort already', async () => {
    const onSort = jest.fn();
    const table = await renderTable(onSort);
    await userEvent.click(table.getByRole('button', { name: 'Beta' }));
    expect(onSort).toHaveBeenLastCalledWith({
      sort: 'tier.beta',
      order: 'desc',
    });
    await userEvent.click(
      table.getByRole('button', { name: 'Overdue decisions' }),
    );
    expect(onSort).toHaveBeenLastCalledWith({
      sort: 'overdueDecisions',
      order: 'desc',
    });
    // Urgency is the sort when none is asked for: no header claims it.
    expect(
      table
        .queryAllByRole('columnheader')
        .filter(h => h.getAttribute('aria-sort')),
    ).toEqual([]);
  });
});
