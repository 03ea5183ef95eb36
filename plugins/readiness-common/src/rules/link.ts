import { z } from 'zod';
import type { EvidenceItem } from '../model/scorecard';
import type { RuleOutcome } from '../model/evaluation';
import { isHttpUrl } from '../parsing/formats';
import { isRecord } from '../parsing/entityRefs';
import { clipText } from '../parsing/showText';
import type { CompiledRule } from './types';
import type { RuleType } from './ruleType';
import { strictObject, stringList } from './configSchemaParts';
import { code } from './describeParts';
import { evidenceValue, invalid, pass, staticFail } from './outcome';

/** `metadata.links` holds a link of one of the types, with an http(s) URL. */
export interface LinkRule {
  type: 'link';
  linkTypes: string[];
}

export const linkRuleType: RuleType<LinkRule> = {
  type: 'link',
  configSchema: () =>
    strictObject({ type: z.literal('link'), linkTypes: stringList }),
  validate: (rule, validation) =>
    validation.requireNonEmptyList(rule.linkTypes, 'linkTypes'),
  compile: rule => compileLinkRule(rule),
  annotationKeys: () => [],
  describe: rule =>
    `a ${code('metadata.links')} entry with ${rule.linkTypes
      .map(t => code(`type: ${t}`))
      .join(' or ')} and an https URL`,
};

/** metadata.links holds a link of one of the types, with an http(s) URL. */
export function compileLinkRule(rule: LinkRule): CompiledRule {
  const types = new Set(rule.linkTypes.map(t => t.toLowerCase()));
  const label = rule.linkTypes.join(' or ');
  const missing = staticFail(`no link of type ${label} in metadata.links`);
  const problem = { expected: 'a URL starting with https://' };
  return view => {
    const links = view.links;
    let evidence: EvidenceItem[] | undefined;
    let bad: RuleOutcome | undefined;
    for (let i = 0; i < links.length; i++) {
      const link = links[i];
      if (!isRecord(link) || typeof link.type !== 'string') {
        continue;
      }
      if (!types.has(link.type) && !types.has(link.type.toLowerCase())) {
        continue;
      }
      const source = `metadata.links[${i}]`;
      const item = { source, value: evidenceValue(link.url) };
      if (evidence) {
        evidence.push(item);
      } else {
        evidence = [item];
      }
      if (typeof link.url === 'string' && isHttpUrl(link.url)) {
        return pass(
          `link of type ${clipText(link.type)} to ${clipText(link.url)}`,
          evidence,
        );
      }
      bad ??= invalid(
        `the ${clipText(link.type)} link ${source}.url`,
        link.url,
        problem,
        evidence,
      );
    }
    return bad ?? missing;
  };
}
