import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { DecisionGate } from './DecisionGate';

describe('DecisionGate', () => {
  it('shows an overdue decision with its due date and message', async () => {
    await renderInTestApp(
      <DecisionGate
        decision={{
          state: 'overdue',
          due: '2026-06-01',
          message: 'The decision was due on 2026-06-01 and none was recorded.',
        }}
      />,
    );

    const gate = screen.getByTestId('readiness-decision');
    expect(gate).toHaveTextContent('Decision: Overdue');
    expect(gate).toHaveTextContent('Due: 1 Jun 2026');
    expect(gate).toHaveTextContent('none was recorded');
  });

  it('shows a recorded decision without a due date', async () => {
    await renderInTestApp(
      <DecisionGate decision={{ state: 'ship', message: 'Decided: ship.' }} />,
    );

    const gate = screen.getByTestId('readiness-decision');
    expect(gate).toHaveTextContent('Decision: Ship');
    expect(gate).not.toHaveTextContent('Due:');
  });
});
