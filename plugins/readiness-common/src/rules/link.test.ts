import { component, runRule } from '../__testUtils__/fixtures';

describe('link rule', () => {
  const rule = { type: 'link' as const, linkTypes: ['runbook'] };

  it('passes on a link of the type with an https URL', () => {
    const outcome = runRule(
      rule,
      component({
        links: [
          { url: 'https://docs.example.com', type: 'docs' },
          {
            url: 'https://runbooks.example.com/p',
            title: 'Runbook',
            type: 'Runbook',
          },
        ],
      }),
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toEqual([
      { source: 'metadata.links[1]', value: 'https://runbooks.example.com/p' },
    ]);
  });

  it('fails when no link has the type', () => {
    expect(
      runRule(
        rule,
        component({ links: [{ url: 'https://x.example.com', type: 'docs' }] }),
      ).message,
    ).toBe('no link of type runbook in metadata.links');
  });

  it('is invalid when the link URL is not a URL', () => {
    const outcome = runRule(
      rule,
      component({ links: [{ url: 'wiki page', type: 'runbook' }] }),
    );
    expect(outcome.status).toBe('invalid');
    expect(outcome.message).toBe(
      'the runbook link metadata.links[0].url is "wiki page", expected a URL starting with https://',
    );
  });

  it('ignores garbage in metadata.links', () => {
    const entity = component();
    (entity.metadata as Record<string, unknown>).links = [
      null,
      3,
      'x',
      { type: 7 },
    ];
    expect(runRule(rule, entity).status).toBe('fail');
  });
});
