import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultRubric } from '../rubric/defaultRubric';
import { renderAnnotationsDoc } from './renderAnnotationsDoc';
import { describeRule } from './describeRule';

describe('renderAnnotationsDoc', () => {
  const doc = renderAnnotationsDoc(defaultRubric);

  it('has an anchor and a section for every check', () => {
    for (const check of defaultRubric.checks) {
      expect(doc).toContain(
        `<a id="${check.id}"></a>\n\n### ${check.id}: ${check.title}`,
      );
    }
  });

  it('lists every evidence key of the rubric in the index', () => {
    for (const key of [
      'pagerduty.com/service-id',
      'readiness/runbook-reviewed',
      'readiness/decision-due',
      'sentry.io/project-slug',
    ]) {
      expect(doc).toContain(`| \`${key}\``);
    }
  });

  it('shows fix snippets without dates that would go stale', () => {
    expect(doc).toContain("readiness/runbook-reviewed: 'YYYY-MM-DD'");
    expect(doc).not.toMatch(/\{\{/);
  });

  it('matches the checked-in docs/annotations.md (run yarn docs:annotations)', () => {
    const file = readFileSync(
      resolve(__dirname, '../../../../docs/annotations.md'),
      'utf8',
    );
    expect(file).toBe(doc);
  });
});

describe('describeRule', () => {
  it('describes nested rules as lists', () => {
    expect(
      describeRule({
        type: 'any',
        rules: [
          { type: 'link', linkTypes: ['runbook'] },
          {
            type: 'annotation-format',
            keys: ['readiness/runbook'],
            format: 'url',
          },
        ],
      }),
    ).toBe(
      'any of:\n  - a `metadata.links` entry with `type: runbook` and an https URL\n  - `readiness/runbook`: a URL starting with https://',
    );
  });
});
