import type { Scorecard } from '@readiness-scorecards/plugin-readiness-common';
import { mergeYamlSnippets } from '../../lib/mergeYamlSnippets';

/**
 * Everything the first tier asks for, as one snippet: the fixes of the
 * first tier's checks that do not pass, merged so keys appear once.
 * Undefined when none of them comes with a fix.
 */
export function pilotFixYaml(
  scorecard: Scorecard,
  firstTierId: string,
): string | undefined {
  const snippets = scorecard.checks
    .filter(c => c.tier === firstTierId && c.status !== 'pass' && c.fix)
    .map(c => c.fix!.yaml);
  return snippets.length ? mergeYamlSnippets(snippets) : undefined;
}
