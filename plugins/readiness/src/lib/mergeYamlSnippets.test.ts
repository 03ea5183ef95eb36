import { mergeYamlSnippets } from './mergeYamlSnippets';

describe('mergeYamlSnippets', () => {
  it('writes metadata and annotations once for several annotation fixes', () => {
    const merged = mergeYamlSnippets([
      'metadata:\n  annotations:\n    readiness/success-metric: "x"\n',
      'metadata:\n  annotations:\n    pagerduty.com/service-id: "y"\n',
    ]);

    expect(merged).toBe(
      [
        'metadata:',
        '  annotations:',
        '    readiness/success-metric: "x"',
        '    pagerduty.com/service-id: "y"',
        '',
      ].join('\n'),
    );
  });

  it('merges links lists, leaf fields and spec in first-seen order', () => {
    const merged = mergeYamlSnippets([
      'metadata:\n  description: "what it does"\n  annotations:\n    backstage.io/techdocs-ref: dir:.\n',
      'metadata:\n  links:\n    - url: https://grafana.example.com/d/x\n      title: Dashboard\n      type: dashboard\n',
      'spec:\n  system: payments\n',
      'metadata:\n  links:\n    - url: https://wiki.example.com/runbook\n      title: Runbook\n      type: runbook\n',
    ]);

    expect(merged).toBe(
      [
        'metadata:',
        '  description: "what it does"',
        '  annotations:',
        '    backstage.io/techdocs-ref: dir:.',
        '  links:',
        '    - url: https://grafana.example.com/d/x',
        '      title: Dashboard',
        '      type: dashboard',
        '    - url: https://wiki.example.com/runbook',
        '      title: Runbook',
        '      type: runbook',
        'spec:',
        '  system: payments',
        '',
      ].join('\n'),
    );
  });

  it('keeps a note with the lines it explains', () => {
    const merged = mergeYamlSnippets([
      'metadata:\n  annotations:\n    a/b: "1"\n',
      '# Decide the number before you build.\nmetadata:\n  annotations:\n    readiness/success-metric: "x"\n',
    ]);

    expect(merged).toBe(
      [
        'metadata:',
        '  annotations:',
        '    a/b: "1"',
        '    # Decide the number before you build.',
        '    readiness/success-metric: "x"',
        '',
      ].join('\n'),
    );
  });

  it('writes an annotation two checks both suggest once', () => {
    const merged = mergeYamlSnippets([
      'metadata:\n  annotations:\n    readiness/runbook: "https://x"\n',
      'metadata:\n  annotations:\n    readiness/runbook: "https://x"\n',
    ]);

    expect(merged.match(/readiness\/runbook/g)).toHaveLength(1);
  });

  it('falls back to concatenation for a shape it does not understand', () => {
    const snippets = ['metadata: { name: x }\n', 'spec:\n  owner: team\n'];

    expect(mergeYamlSnippets(snippets)).toBe(
      'metadata: { name: x }\nspec:\n  owner: team\n',
    );
  });
});
