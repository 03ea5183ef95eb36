import { screen } from '@testing-library/react';
import { renderWithReadiness } from '../../__testUtils__/renderWithReadiness';
import { WaiverDetails } from './WaiverDetails';

const now = new Date('2026-11-21T15:00:00.000Z');

describe('WaiverDetails', () => {
  it('shows expiry, days left, approver and reason', async () => {
    await renderWithReadiness(
      <WaiverDetails
        now={now}
        waiver={{
          until: '2026-12-01',
          approver: 'user:default/cto',
          reason: 'vendor contract pending',
          state: 'valid',
          message: 'Valid waiver.',
        }}
      />,
    );

    const waiver = screen.getByTestId('readiness-waiver');
    expect(waiver).toHaveTextContent(
      'Waiver until 1 Dec 2026 (10 days left), approved by cto: vendor contract pending',
    );
    expect(waiver).not.toHaveTextContent('Valid waiver.');
  });

  it('says an expired waiver has passed and why it no longer counts', async () => {
    await renderWithReadiness(
      <WaiverDetails
        now={now}
        waiver={{
          until: '2026-10-01',
          approver: 'user:default/cto',
          reason: 'migration',
          state: 'expired',
          message: 'The waiver expired on 2026-10-01; the check fails again.',
        }}
      />,
    );

    const waiver = screen.getByTestId('readiness-waiver');
    expect(waiver).toHaveTextContent('until 1 Oct 2026, which has passed');
    expect(waiver).toHaveTextContent('the check fails again');
  });

  it('flags an approver from the owning group on its last day', async () => {
    await renderWithReadiness(
      <WaiverDetails
        now={now}
        waiver={{
          until: '2026-11-21',
          approver: 'user:default/jane-doe',
          reason: 'vendor',
          state: 'expiring',
          message: 'The waiver ends today.',
          approverInOwningGroup: true,
        }}
      />,
    );

    const waiver = screen.getByTestId('readiness-waiver');
    expect(waiver).toHaveTextContent('until 21 Nov 2026 (last day)');
    expect(waiver).toHaveTextContent(
      'The approver belongs to the owning group',
    );
  });
});
