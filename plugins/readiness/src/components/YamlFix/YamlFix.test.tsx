import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { YamlFix } from './YamlFix';

describe('YamlFix', () => {
  const yaml =
    'metadata:\n  annotations:\n    pagerduty.com/service-id: "<id>"\n';

  it('shows the snippet verbatim', async () => {
    await renderInTestApp(
      <YamlFix yaml={yaml} label="On-call routing" data-testid="fix" />,
    );

    expect(screen.getByTestId('fix').querySelector('code')?.textContent).toBe(
      yaml,
    );
  });

  it('copies the snippet with a button named after what it fixes', async () => {
    // jsdom has no clipboard: record what the page selects for copying.
    const copied: string[] = [];
    document.execCommand = jest.fn(() => {
      copied.push(document.getSelection()?.toString() ?? '');
      return true;
    });
    const user = userEvent.setup();
    await renderInTestApp(<YamlFix yaml={yaml} label="On-call routing" />);

    await user.click(
      screen.getByRole('button', { name: 'Copy YAML for On-call routing' }),
    );

    expect(document.execCommand).toHaveBeenCalledWith('copy');
    expect(copied).toEqual([yaml]);
  });
});
