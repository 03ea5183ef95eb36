import { screen } from '@testing-library/react';
import {
  newServiceResponse,
  paymentsApiScorecard,
} from '../../__testUtils__/fixtures';
import { renderWithReadiness } from '../../__testUtils__/renderWithReadiness';
import { FALLBACK_TIERS } from '../../lib/tiers';
import { GetStarted } from './GetStarted';
import { pilotFixYaml } from './pilotFixYaml';

describe('GetStarted', () => {
  it('offers one copyable snippet that reaches the first tier', async () => {
    await renderWithReadiness(
      <GetStarted
        scorecard={newServiceResponse.scorecard}
        tiers={FALLBACK_TIERS}
      />,
    );

    expect(
      screen.getByRole('heading', { name: 'Get started with readiness' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('readiness-get-started-fix')).toHaveTextContent(
      'readiness/success-metric',
    );
    expect(
      screen.getByRole('button', { name: 'Copy YAML for reaching Pilot' }),
    ).toBeInTheDocument();
  });
});

describe('pilotFixYaml', () => {
  it('merges the fixes of the first tier checks that do not pass', () => {
    const yaml = pilotFixYaml(newServiceResponse.scorecard, 'pilot')!;

    expect(yaml.match(/^metadata:$/gm)).toHaveLength(1);
    expect(yaml.match(/^ {2}annotations:$/gm)).toHaveLength(1);
    expect(yaml).toContain('readiness/success-threshold');
    expect(yaml).toContain('type: dashboard');
    expect(yaml).not.toContain('pagerduty.com/service-id');
  });

  it('is undefined when no first tier check has a fix', () => {
    expect(pilotFixYaml(paymentsApiScorecard, 'pilot')).toBeUndefined();
  });
});
